"""A change asked against the year before (比上年提高了多少) is answered by the difference the report
measures against that year, not by one measured against the start of the term, an earlier year or an
average (与5届1次会议相比，…提高4.6个百分点). A session up to two before the report's is the year before
(a year runs from one plenary session to the next). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.compared_baseline import against_another_baseline
from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协石楠县委员会常务委员会关于五届三次会议以来提案工作情况的报告
——2022年1月12日在政协石楠县第五届委员会第四次会议上

一、提案提交和办理情况

五届三次会议以来，县政协共收到提案263件，比上年的241件增加22件，经审查立案229件。承办单位认真办理，提案人对办理结果满意和基本满意的210件，满意和基本满意率达97.1%，比上年的96.4%提高0.7个百分点。

二、本届以来的变化

五届一次会议以来，县政协累计收到提案802件。与五届一次会议相比，2021年收到提案增加57件，满意和基本满意率提高4.6个百分点，提案工作水平逐年提升。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("shinan.txt", _REPORT)], tmp_path_factory.mktemp("shinan"))


@pytest.mark.parametrize("question, fact", [
    ("满意率比上年提高了多少", "0.7个百分点"),
    ("满意率较上年提高了几个百分点", "0.7个百分点"),
])
def test_the_change_against_the_year_before_answers(kb, question, fact):
    assert fact in first_line(kb, question)


def _against_another(sentence: str, figure: str, own_year: int | None = 2021,
                     session: tuple[int, int] | None = (5, 4)) -> bool:
    sentence = normalize_text(sentence)
    return against_another_baseline(sentence, sentence.index(figure), own_year, session)


@pytest.mark.parametrize("sentence, figure", [
    ("与五届一次会议相比，收到提案增加57件", "57件"),
    ("较2018年提高12个百分点", "12个"),
    ("比全省平均水平高3.1个百分点", "3.1个"),
    ("和本届初相比，委员履职率提高9个百分点", "9个"),
])
def test_a_baseline_other_than_the_year_before(sentence, figure):
    assert _against_another(sentence, figure)


@pytest.mark.parametrize("sentence, figure", [
    ("比上年的241件增加22件", "22件"),
    ("同比增长8.2%", "8.2%"),
    ("较2020年提高1.5个百分点", "1.5个"),
    ("比五届二次会议立案数增加13件", "13件"),  # delivered at the 4th session: the year since the 2nd is the year before
    ("立案229件，占收到总数的87.1%", "229件"),  # no comparison at all
    ("提案比例较上一年度提高2个百分点", "2个"),
])
def test_the_year_before_or_no_baseline(sentence, figure):
    assert not _against_another(sentence, figure)
