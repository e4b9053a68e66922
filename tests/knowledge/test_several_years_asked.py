"""A sum over several years asked (5年来, 这5年, 5年…一共): a term-end report tells the term's total
with 五年来 before it, and that total answers; the report's one year's figure (举办讲堂9期, no span
word before it) does not, and a question the term's total is never told for is declined. And the
year's figure, not the term's, answers a year asked. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.periods import SPAN, YEAR, asked_period, told_period
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.span_told import year_told_for_span

from .conftest import first_line

_REPORT = """政协石溪县第七届委员会常务委员会工作报告

——2022年1月12日在政协石溪县第八届委员会第一次会议上

一、2021年工作回顾

一年来，共召开常委会议5次、主席会议11次，组织委员视察12次。

举办"委员读书会"8期，参加委员410人次。

二、五年来的工作

五年来，县政协常委会共召开常委会议27次，收到提案1210件，立案1083件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shixi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shixi"))


def test_several_years_counted_back_are_a_span():
    assert told_period("5年来,县政协常委会共召开常委会议27次", 18) == SPAN
    assert told_period("近3年,共举办读书会20期", 12) == SPAN
    assert told_period("一年来,共召开常委会议5次", 10) == YEAR


def test_a_year_told_is_no_answer_to_several_years_asked():
    assert year_told_for_span("5年来委员读书会办了几期", '举办"委员读书会"8期', 10)
    assert year_told_for_span("这5年一共视察多少次", "组织委员视察12次", 6)
    assert not year_told_for_span("5年来收到提案多少件", "5年来,县政协常委会共收到提案1210件", 16)
    assert not year_told_for_span("3年行动方案有几项任务", "方案明确任务8项", 6)  # a plan's name, no span asked


def test_the_terms_total_answers_several_years_asked(kb):
    assert "1210件" in first_line(kb, "本届五年收到提案多少件")
    assert "27次" in first_line(kb, "五年来常委会议开了几次")


def test_the_years_figure_answers_the_year_not_the_term(kb):
    assert "5次" in first_line(kb, "去年常委会议开了几次")
    assert not kb.answer("五年来委员读书会办了几期").answered
    assert not kb.answer("五年视察一共多少次").answered


def test_the_question_words_for_several_years():
    from bot.knowledge.normalize import normalize_text

    class _Q:  # the one attribute asked_period reads besides years
        years, year_offsets = (), ()

    for text, period in (("本届五年收到提案多少件", SPAN), ("这五年一共视察多少次", SPAN), ("去年视察了几次", YEAR)):
        q = _Q()
        q.norm = normalize_text(text)
        assert asked_period(q) == period, text


def test_a_terms_total_is_no_answer_to_one_year_or_session_asked(kb, tmp_path):
    from bot.knowledge.normalize import normalize_text
    from bot.knowledge.span_told import span_told_for_year

    class _Q:
        years, year_offsets = (), ()

    def asked(text):
        q = _Q()
        q.norm = normalize_text(text)
        return q

    told = "5年来,县政协常委会共召开常委会议27次,收到提案1210件"
    assert span_told_for_year(asked("七届五次会议收到提案多少件"), told, told.find("1210"))
    assert span_told_for_year(asked("三届一次会议那年收到多少提案"), "3届1次会议以来,累计收到提案980件", 14, (3, 4))
    assert not span_told_for_year(asked("五年来收到提案多少件"), told, told.find("1210"))
    assert not span_told_for_year(asked("七届五次会议以来收到提案多少件"), told, told.find("1210"))
    assert not span_told_for_year(asked("去年捐款捐物折合多少"), "委员捐款捐物,累计折合人民币86万元", 14)
    assert not kb.answer("八届一次会议收到提案多少件").answered  # only the five years' 1210件 is told
    assert not kb.answer("去年收到提案多少件").answered
    report = "政协石溪县委员会2021年工作报告\n\n一、2021年工作回顾\n\n全县委员踊跃捐款捐物，累计折合人民币86万元。\n"
    yearly = KnowledgeBase([SourceDocument("sx2.txt", report.split("\n", 1)[0], "2021", report)], tmp_path)
    assert "86万元" in first_line(yearly, "2021年委员捐款捐物折合多少")  # 累计 alone sums within the year
