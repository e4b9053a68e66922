"""A bare list under a numbered sub-heading of its own ((二)先进集体(3个) then 甲、乙、丙。) has the heading's words
for its own (list_heading.py): asked with them, the list answers, not a sentence elsewhere naming the kind in
general.  On a notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.list_heading import heading_of_list
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协办公室关于2023年度信息工作的通报

一、通报表扬

（一）信息工作先进集体（3个）

澜汀区政协、柳岙县政协、栗川区政协。

（二）信息工作先进个人（2名）

某甲（农业界）
某乙（经济界）

二、工作要求

希望受到表扬的单位珍惜荣誉；各县（区）政协、各专门委员会要对照先进、找准差距。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-notice.txt", _TEXT.split("\n", 1)[0], "2023", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("list-heading"))


def test_the_heading_of_a_bare_list(kb):
    index = kb.index
    lists = [p for p in range(index.size) if index.passage_norm[p].startswith("澜汀区政协")]
    assert lists and "先进集体" in heading_of_list(index, lists[0])
    others = [p for p in range(index.size) if index.passage_norm[p].startswith("希望")]
    assert others and heading_of_list(index, others[0]) == ""


def test_the_list_answers_with_its_heading(kb):
    assert "柳岙县政协" in first_line(kb, "哪几个县区政协被评为先进集体")
