"""Words of the question's frame that the report never writes are no content to find: a pointer to
something told before (那条信息, 这项工作), 除了…还是 around what is asked, 文中 for the report itself
(stop_words.py); and a measure word's count (期数, 次数) asks the count (question.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协桐溪县委员会2023年工作报告

（2024年1月9日）

一、反映社情民意

全年编报《社情民意》48期，比上年的40期增加8期。委员苗晓岚在走访中发现不少老旧小区没有充电桩，随即撰写了题为“关于加快老旧小区充电设施建设的建议”的社情民意信息。

二、委员履职

依托镇文化站建设的“桐韵书画委员工作室”，由县政协委员、县美术家协会主席倪松年担任负责人，全年开展公益培训21期。

年初，县政协党组确定3个重点调研课题，分别由副主席严丽君、卓远航牵头。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("tongxi-county-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("tongxi"))


def test_a_measure_words_count_asks_the_count(kb):
    assert "8期" in first_line(kb, "社情民意期数比上年多了几期")


def test_a_pointer_to_something_told_is_no_content(kb):
    assert "关于加快老旧小区充电设施建设的建议" in first_line(kb, "苗晓岚那条信息的题目是啥")


def test_besides_and_in_the_text_are_no_content(kb):
    assert "县美术家协会主席" in first_line(kb, "倪松年除了是政协委员还是什么职务")
    assert "严丽君" in first_line(kb, "文中提到的县政协副主席有哪几位")


def test_what_the_report_never_names_is_still_declined(kb):
    assert not kb.answer("苗晓岚那条信息获得了几等奖").answered
