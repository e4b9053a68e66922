"""A measure noun standing for the count asked (活动场次目标是多少) is the amount's measure word, not a word the
sentence must write; 各种 (在各种会上) is a filler of general Chinese, no content. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

from .conftest import first_line

_REPORT = """枫堰县政协2023年工作总结

一、履职成效

全年界别委员在县政协全体会议、常委会议、专题协商会上发言17人次，提交书面发言8篇。

二、2024年工作打算

"枫堰议事堂"全年开展议事活动计划不少于600场，新建委员工作室5个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan16.txt", _REPORT)], tmp_path_factory.mktemp("fengyan16"))


def test_measure_noun_is_the_unit_asked(kb):
    q = analyse("议事堂的活动场次目标是多少", "议事堂的活动场次目标是多少", kb.answerer.segmenter, kb.answerer.index)
    assert q.unit == "场次" and "场次" not in [t.text for t in q.terms]
    assert "600场" in first_line(kb, "今年议事堂的活动场次目标是多少")


def test_filler_words_are_no_content(kb):
    assert first_line(kb, "全年委员在各种会上发言多少人次").startswith("答：17人次")
