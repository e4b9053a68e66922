"""A value asked by its noun (产值多少, 税收多少, 销售额多少) is told in money: the amount in 元 answers, not the
count of firms written beside it (question.py, wants_money). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """柘溪县政协经济委员会2023年工作总结

（2023年12月15日在县政协主席会议上）

一、基本情况

经济委员会现有组成人员19名，其中主任1名、副主任2名。全年开展履职活动32次，组织委员参加活动260人次。

二、主要工作

全年牵头完成专题调研2项，提出意见建议18条。召开对口协商会3场，走访企业45家。

全县现有外资和港澳台资企业48家，其中外资企业12家、港澳台资企业36家，2023年实现产值26.3亿元，缴纳税收1.9亿元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("zhexi-econ.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("zhexi-econ"))


def test_a_value_asked_is_told_in_money(kb):
    assert "26.3亿元" in first_line(kb, "外资和港澳台资企业今年产值多少")
