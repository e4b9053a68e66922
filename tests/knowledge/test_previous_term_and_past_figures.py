"""Questions of the term before and of next year's plan that grant a figure of their own (上一届建成几个;
十三届那五年报了多少篇; 去年十二场，今年打算搞几场; 邀请多少人回来), answered from a report of our own:
上1届 is no first term, a sentence opening on a term's span gives that term's figures, a span of five years
is told by 2017—2021年, a past year's figure the question grants need not stand beside the plan, and
回来 is the report's 回乡."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.numbers_told import past_figure_given, years_spanned
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.term_told import other_term_told

from .conftest import first_line

_REPORT = """政协溆汀市委员会社会和法制委员会2022年工作总结
（二〇二三年一月十日政协溆汀市第十四届委员会常务委员会第三次会议通过）

一、主要工作

全年共组织普法讲座12场，调解矛盾纠纷45件。7月，组织开展“溆汀法韵”活动，邀请在外律师代表26人回乡座谈，提出意见建议14条。

二、与上届相比

十三届市政协期间（2017—2021年），委员会累计提交提案150件、报送社情民意信息98篇、建成委员议事屋7个。2022年作为十四届市政协的开局之年，委员会在提案数量等方面均创历年新高。

三、2023年工作打算

力争全年组织普法讲座20场以上，计划新建委员议事屋4个。计划于9月举办首届“溆汀法治论坛”，邀请在外法律界人士300名回乡参会。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xuting.txt", _REPORT)], tmp_path_factory.mktemp("xuting"))


def test_the_term_before_is_no_first_term():
    assert not other_term_told("上1届建成议事屋几个", "13届市政协期间(2017-2021年),…建成委员议事屋7个")
    assert other_term_told("11届建成议事屋几个", "13届市政协期间(2017-2021年),…建成委员议事屋7个")


def test_the_term_before_is_answered_from_the_sentence_opening_on_its_span(kb):
    assert "7个" in first_line(kb, "上一届建成委员议事屋几个")
    assert "98篇" in first_line(kb, "上一届社情民意报了多少篇")


def test_a_span_of_years_is_told_by_its_first_and_last_year(kb):
    assert years_spanned("5", "13届那5年报了多少篇", "13届市政协期间(2017-2021年)")
    assert not years_spanned("3", "13届那3年报了多少篇", "13届市政协期间(2017-2021年)")
    assert not years_spanned("5", "报了5篇的是谁", "(2017-2021年)")
    assert "98篇" in first_line(kb, "十三届那五年社情民意报了多少篇")


def test_a_past_figure_granted_need_not_stand_beside_the_plan(kb):
    assert past_figure_given("12", "去年普法讲座12场,今年打算搞几场")
    assert not past_figure_given("12", "普法讲座12场是哪一年")
    assert not past_figure_given("12", "今年普法讲座12场,去年几场")
    assert "20场" in first_line(kb, "去年普法讲座十二场，今年打算搞几场")


def test_coming_home_is_the_reports_going_back(kb):
    assert "300名" in first_line(kb, "法治论坛打算邀请多少人回来")
    assert "26人" in first_line(kb, "溆汀法韵活动有多少人回来座谈")


def test_another_years_report_has_no_dateline_here(kb):
    assert "2023年1月10日" in first_line(kb, "2022年社会和法制委员会工作总结是哪天通过的")
    assert not kb.answer("2021年社会和法制委员会工作总结是哪天通过的").answered
