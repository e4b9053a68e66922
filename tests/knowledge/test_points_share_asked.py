"""占几分 asks points of a score (考核中占几分 → 分值为3分), not a share; 占几分之几 still asks a share.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse
from bot.knowledge.normalize import normalize_text

from .conftest import first_line

_REPORT = """政协梅岗县委员会2022年提案工作情况报告

一、办理机制

县委办公室将提案办理工作纳入乡镇年度实绩考核,分值为3分。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("meigang.txt", _REPORT)], tmp_path_factory.mktemp("meigang"))


def test_points_asked_with_zhan(kb):
    assert first_line(kb, "提案办理在乡镇实绩考核里占几分").startswith("答：3分")


def test_a_fraction_is_still_a_share(kb):
    answerer = kb.answerer
    norm = normalize_text("女委员占几分之几")
    assert analyse(norm, norm, answerer.segmenter, answerer.index).unit == "%"
