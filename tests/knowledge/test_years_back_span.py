"""A term's last report looks back over several years (五年来，…共召开常委会议27次): 5年来 / 多年来
opens a running total as 本届以来 does, so a question naming a year takes the year's figure and one
saying 五年来 the total; 一年来 is the year told. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.periods import SPAN, YEAR, asked_period, period_fit, told_period
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import KIND_NUMBER, QuestionAnalysis

from .conftest import first_line

_REPORT = """政协柘溪县委员会常务委员会工作报告
——2021年1月8日在政协柘溪县第八届委员会第五次会议上

一、2020年主要工作

一年来，县政协常委会共召开常委会议5次、主席会议13次。八届四次会议以来，共收到提案231件，经审查立案207件，立案率89.6%。

二、五年工作回顾

五年来，县政协常委会共召开常委会议27次，收到提案1190件，立案1063件；报送社情民意信息1540篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhexi.txt", _REPORT)], tmp_path_factory.mktemp("zhexi"))


@pytest.mark.parametrize("question, fact", [
    ("去年常委会议开了几次", "5次"),
    ("去年提案立案多少件", "207件"),
    ("五年来开了多少次常委会议", "27次"),
    ("五年立案多少件", "1063件"),
])
def test_a_year_asked_takes_the_years_figure_and_a_span_the_total(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("sentence, figure, period", [
    ("五年来，县政协常委会共召开常委会议27次，立案1063件", "1063件", SPAN),
    ("多年来，县政协坚持开展送医下乡活动，累计服务群众1.2万人次", "1.2万", SPAN),
    ("十年来，共编印文史资料12辑", "12辑", SPAN),
    ("一年来，县政协常委会共召开常委会议5次", "5次", YEAR),
])
def test_years_back_open_a_span(sentence, figure, period):
    sentence = normalize_text(sentence)
    assert told_period(sentence, sentence.index(figure)) == period


def _question(text: str) -> QuestionAnalysis:
    norm = normalize_text(text)
    return QuestionAnalysis(raw=norm, norm=norm, kind=KIND_NUMBER, corrections=0)


@pytest.mark.parametrize("question", ["五年立案多少件", "这十年编了几辑文史资料", "三年来培训了多少人次"])
def test_several_years_asked_is_a_span(question):
    assert asked_period(_question(question)) == SPAN


@pytest.mark.parametrize("question", ["2020年立案多少件", "去年立案多少件", "五年前立案多少件"])
def test_one_year_asked_is_no_span(question):
    assert asked_period(_question(question)) != SPAN


def test_a_total_since_a_session_asked_is_not_put_after_the_years_figure():
    # Asked since a plenary session (五届一次会议以来), the question says which period it asks in the
    # report's own words: the total since then is not ranked after a year's figure as a plain count is.
    sentence = normalize_text("五届一次会议以来，县政协共收到提案524件")
    fact = "524件"
    assert period_fit(_question("五届一次会议以来一共收到多少提案"), sentence, fact, (5, 3)) == (0.0, 1.0)
    assert period_fit(_question("一共收到多少提案"), sentence, fact, (5, 3))[0] < 0


@pytest.mark.parametrize("question", ["寻河监督21年发现了几个问题", "17年收到的提案比上年多了多少件", "连续三年提交提案的委员有几名"])
def test_a_year_written_short_is_no_span(question):
    assert asked_period(_question(question)) != SPAN


def test_a_bare_running_sum_in_a_years_report_is_not_put_after():
    # 累计 alone sums within the period the sentence tells (a year's report: the year), reaching no further back.
    sentence = normalize_text("全县政协系统累计参与服务疫情防控3200人次，提出意见建议320余条")
    assert period_fit(_question("疫情防控期间提了多少条意见建议"), sentence, "320余条", (8, 5)) == (0.0, 1.0)
