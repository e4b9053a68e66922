"""A sentence counting one kind of thing by two deeds (共收到提案386件，经审查立案341件; 建成工作站40个，其中
2021年新建11个): a question naming the second deed before what it counts (立案提案多少件, 新建工作站几个)
is answered by the amount written right after that deed. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协溆桥市第六届委员会常务委员会工作报告

一、过去五年工作回顾

（一）提案工作

五年来，共收到委员提案1386件，经审查立案1241件，立案提案办复率100%。

（二）委员队伍建设

推进委员工作站建设，五年来在乡镇（街道）建成委员工作站40个，其中2021年新建11个，委员工作站成为委员联系群众的重要平台。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xuqiao-term.txt", _REPORT)], tmp_path_factory.mktemp("xuqiao_term"))


def test_the_amount_after_the_deed_asked_is_chosen(kb):
    assert first_line(kb, "五年立案提案多少件").startswith("答：1241件")
    assert first_line(kb, "去年新建委员工作站几个").startswith("答：11个")


def test_the_amount_of_the_other_deed_still_answers_its_own_question(kb):
    assert first_line(kb, "五年共收到委员提案多少件").startswith("答：1386件")
    assert "40个" in first_line(kb, "五年来建成委员工作站多少个")
