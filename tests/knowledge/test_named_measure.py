"""A list mixes measure words of one class (专题协商会5场、常委会会议协商2次、对口协商会7场): a question
naming one item takes that item's figure in its own measure word (专题协商会安排几次 → 5场), not the
one figure written in the very measure word asked (named_measure.py); the first of the series shows its kind as the
others do (label_before.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青溪县委员会常务委员会工作报告

——2023年1月9日在政协青溪县第十届委员会第二次会议上

一、2022年主要工作

全年召开专题协商会3场、双月协商座谈会6次、对口协商会8场，提出意见建议240余条。组织委员视察调研31次，形成调研报告17篇。

二、2023年工作安排

年度协商计划已经县委同意，全年安排专题协商会5场、常委会会议协商2次、对口协商会7场、界别协商会4场。重点围绕“茶产业提质增效”“县域医共体建设”等议题深入协商。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qingxi.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qingxi"))


def test_the_named_item_answers_in_its_own_measure_word(kb):
    # 几次 asked; the list writes 次 only for 常委会会议协商: the item named answers in 场.
    assert first_line(kb, "今年计划开几次专题协商会").startswith("答：专题协商会5场")
    assert first_line(kb, "今年对口协商会安排几次").startswith("答：对口协商会7场")
    assert first_line(kb, "2023年界别协商会开几回").startswith("答：界别协商会4场")
    assert first_line(kb, "2022年对口协商会开了几次").startswith("答：对口协商会8场")


def test_the_measure_word_asked_still_answers_its_own_item(kb):
    assert first_line(kb, "今年常委会会议协商安排几次").startswith("答：2次")
    assert first_line(kb, "今年专题协商会安排几场").startswith("答：专题协商会5场")
    assert first_line(kb, "2022年双月协商座谈会开了几次").startswith("答：6次")
