"""A term's last report looks back over several years (五年来，…共召开常委会议27次): 5年来 / 多年来
opens a running total as 本届以来 does, so a question naming a year takes the year's figure and one
saying 五年来 the total; 一年来 is the year told. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.periods import SPAN, YEAR, told_period
from bot.knowledge.public import KnowledgeBase

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
