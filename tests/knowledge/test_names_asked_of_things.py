"""A thing's name asked where the report quotes it (海外青少年征文活动叫什么, 引才的计划叫什么名字, 跟那几家建的是什么
制度, 今年对口协商打算搞什么议题), answered from a report of our own: a quote followed by the question's own words
before the thing's noun names it; a plan's own name asked (计划叫什么) asks no plan; 那几家 points back and asks
no count; a theme is told as what the question's work was done around (围绕"…"开展对口协商)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import PLAN, question_mode
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import KIND_NUMBER, KIND_WHAT, analyse, detect_kind
from bot.knowledge.quoted_category import quotes_category

from .conftest import first_line

_REPORT = """政协泖屿市委员会农业和农村委员会2022年工作总结
（二〇二三年一月九日政协泖屿市第十四届委员会常务委员会第二次会议通过）

一、主要工作

（一）引才引智取得新进展。配合市委人才办实施“青苗回泖计划”，引进农业科技人才及团队9个。

（二）加强联谊。组织开展“泖屿记忆”海外乡亲青少年征文活动，共收到征文作品126篇。

（三）完善协作机制。委员会与市农业农村局、市乡村振兴局建立的“三方联席会议”制度运行良好，全年召开联席会议3次。

（四）认真开展对口协商。围绕“提升农产品品牌”“发展稻渔共作”等议题，与市农业农村局开展对口协商2次，提出意见建议11条。

二、2023年工作打算

围绕“滩涂湿地修复机制”开展年度专题协商，围绕“壮大泖屿村集体经济”开展对口协商。力争全年提交提案40件以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("maoyu.txt", _REPORT)], tmp_path_factory.mktemp("maoyu"))


def test_a_quote_before_the_questions_own_words_and_noun_names_the_thing(kb):
    assert "泖屿记忆" in first_line(kb, "海外乡亲青少年征文活动叫什么")


def test_a_plans_own_name_asked_asks_no_plan(kb):
    assert question_mode("引才的计划叫什么名字") is None
    assert question_mode("今年计划搞什么活动") == PLAN
    assert "青苗回泖计划" in first_line(kb, "引才的计划叫什么名字")


def test_the_ones_pointed_back_at_ask_no_count(kb):
    assert detect_kind("跟农业农村局那几家建的是什么制度") == KIND_WHAT
    assert detect_kind("跟几家单位建了制度") == KIND_NUMBER
    assert "三方联席会议" in first_line(kb, "跟农业农村局那几家建的是什么制度")


def test_a_theme_is_told_as_what_the_work_was_done_around(kb):
    q = analyse("今年对口协商打算搞什么议题", "今年对口协商打算搞什么议题", kb.answerer.segmenter, kb.index)
    assert quotes_category(q, '围绕"滩涂湿地修复机制"开展年度专题协商,围绕"壮大泖屿村集体经济"开展对口协商。')
    assert not quotes_category(q, '围绕"滩涂湿地修复机制"开展年度专题协商。')
    assert "壮大泖屿村集体经济" in first_line(kb, "今年对口协商打算搞什么议题")
