"""A question's word written short of a document's by one inner character (电动车 for 电动汽车,
办公房 for 办公用房) is read as the document's word (contracted.py), so the count of it is answered;
a word several document words shorten alike, or one dropping a grammar word, is no such word.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.contracted import contracted_from
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协机关2022年工作总结

一是资产管理规范。机关现有电动汽车5辆，全部纳入统一管理平台。

二是后勤保障有力。完成办公用房维修改造1200平方米，计划明年新建充电桩3个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-contracted.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("contracted"))


def test_one_inner_character_more_is_the_document_word():
    assert contracted_from("执法车", {"执法用车", "执法", "管理"}) == "执法用车"
    assert contracted_from("办公房", {"办公用房"}) == "办公用房"


def test_no_single_word_or_a_grammar_word_dropped_is_none():
    assert contracted_from("执法车", {"执法用车", "执法专车"}) is None  # which one is meant is not told
    assert contracted_from("执法车", {"执法车队"}) is None  # a character more at the end is another word
    assert contracted_from("办公房", {"办公的房"}) is None  # 的 is never dropped from inside a word
    assert contracted_from("公车", {"公务车"}) is None  # two characters say too little


def test_a_count_of_the_contracted_word_is_answered(kb):
    assert "5辆" in first_line(kb, "机关有几辆电动车")
