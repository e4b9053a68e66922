"""Which ones asked where the sentence only counts them, in the shapes counted_only.py now reads
(哪三个部门; a kind quoted by its own name, 创建"某某示范村"不少于6个; the topics of a kind of meeting
listed with others by count), a later sentence naming the one asked still answering; and an ordinal of
an item asked (第2号重点提案) that the sentence does not tell (checks.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协石溪县委员会2023年工作报告

（2024年1月9日）

一、2023年工作回顾

全年共立案提案186件。县委办公室提出的《关于加快数字乡村建设的提案》被列为县政协主席督办的第1号重点提案。

主席会议从立案提案中确定重点提案9件，由县政协主席、副主席领衔督办。龚立新领衔督办的"关于推进白沙河综合治理的提案"，推动县政府投入4500万元实施河道整治。

二、2024年工作安排

计划对3个县级部门开展民主评议，围绕营商环境开展专项民主监督。坚持提案办理"回头看"，推动提案从"办复"向"办成"转变。

拟遴选重点提案12件由主席、副主席领衔督办，继续开展提案办理"回访"；社情民意信息报送力争突破210篇。

推动各乡镇创建"协商议事示范村"不少于6个，力争全年报送社情民意信息200条。

计划召开常委会会议4次，围绕"县域商贸物流体系建设"开展协商议政；召开专题协商会不少于3场、对口协商会7场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("shixi-standing-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shixi"))


def test_which_of_a_noun_counted_by_number(kb):
    assert not kb.answer("今年民主评议具体评哪三个部门").answered


def test_which_of_a_kind_quoted_by_its_own_name(kb):
    assert not kb.answer("今年创建协商议事示范村具体是哪几个").answered


def test_topics_of_one_kind_counted_beside_others(kb):
    assert not kb.answer("今年对口协商会具体有哪些题目").answered


def test_later_sentence_naming_the_one_asked_answers(kb):
    assert "白沙河" in kb.answer("龚立新领衔督办的是哪件重点提案").text


def test_ordinal_item_not_told(kb):
    assert not kb.answer("今年重点提案第一件是啥").answered
    assert not kb.answer("第2号重点提案是什么").answered
    assert "数字乡村" in kb.answer("第1号重点提案是什么").text
