"""An average asked (人均增收多少, 户均增收多少, 每名学生资助多少), the sentence writing no average at all (实施项目7个，帮助农户增收;
带动农户410户增收): declined (per_head.py). A sentence writing the average answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协石泉县委员会2022年履职工作总结

一、助力乡村振兴

县政协机关结对帮扶山口乡2个村，投入帮扶资金86万元，实施产业项目7个，帮助脱贫户增收。

茶叶示范基地规划面积1800亩，2022年实现产值2300万元，带动周边农户410户增收。

委员企业带动的养殖合作社社员人均增收2600元。

委员周立新个人捐资80万元设立“立新助学金”，全年资助困难学生96名。每名委员结对帮扶困难家庭2户。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shiquan.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shiquan"))


@pytest.mark.parametrize("question", ["帮扶后脱贫户人均增收多少", "茶叶示范基地带动农户户均增收多少",
                                      "立新助学金每名学生资助多少钱"])
def test_an_average_asked_a_count_told_declined(kb, question):
    assert not kb.answer(question).answered, question


def test_an_average_told_answers(kb):
    assert first_line(kb, "养殖合作社社员人均增收多少").startswith("答：2600元")
    assert "2户" in first_line(kb, "每名委员结对帮扶几户困难家庭")
