"""Another year's value told in a statement of its own (刊用信息150条；2022年编发32期、刊用信息118条) is that
year's: asked that year (by its number or by 前年 in the report's frame: a report on 2023 delivered in 2024
calls 2022 前年) the question gets it, asked the report's year or no year the year's own figure.  And a
sentence telling the year before's figure by 上年 (立案数比上年的75件增加13件), holding the question's words,
is read before this year's sentence when the year before is asked.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_BULLETIN = """政协云杉县委员会办公室关于2023年度社情民意信息工作情况的通报

一、总体情况

全年共收到信息稿件620篇。经筛选加工，全年编发《云杉信息》40期，刊用信息150条，编用率24.2%；2022年编发32期、刊用信息118条。

全年被省政协采用信息31条，2022年为22条。全年未报送信息的委员14名，上年为25名。

信息从报送到编发的平均用时由2022年的9天缩短至6天，急件办理时间由上年的90分钟缩短至45分钟。

政协云杉县委员会办公室
2024年2月1日
"""

_REPORT = """政协石楠区委员会关于2024年度提案工作情况的报告

一、提案提交和立案情况

本次会议以来，区政协共收到提案97件，经审查立案88件，立案率为90.7%。立案数比上年的75件增加13件。立案提案中，委员个人提案60件，集体提案28件。

二、提案办理情况

88件立案提案已全部办理答复，所提问题已经解决或者列入计划逐步解决的70件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yunshan.txt", _BULLETIN)], tmp_path_factory.mktemp("other-years"))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return KnowledgeBase([document_from_text("shinan.txt", _REPORT)], tmp_path_factory.mktemp("year-before"))


@pytest.mark.parametrize("question", ["前年刊用信息多少条", "2022年刊用信息多少条"])
def test_the_other_year_is_given_its_own_figure(kb, question):
    assert "118条（2022年）" in first_line(kb, question)


@pytest.mark.parametrize("question, expected", [
    ("前年被省政协采用多少条", "22条（2022年）"),  # a clause of only a year and a figure counts what the one before names
    ("2022年未报送信息的委员多少名", "25名（2022年）"),  # …and 上年为 is such a clause
    ("未报送信息的委员多少名", "14名（2023年）"),
    ("2022年急件办理时间多少分钟", "90分钟（2022年）"),  # an amount of time a change starts from is an amount
    ("急件办理时间多少分钟", "45分钟（2023年）"),
])
def test_a_years_value_in_a_clause_of_its_own(kb, question, expected):
    assert expected in first_line(kb, question)


@pytest.mark.parametrize("question", ["去年刊用信息多少条", "2023年刊用信息多少条", "刊用信息多少条"])
def test_the_reports_year_is_given_its_own_figure(kb, question):
    assert "150条（2023年）" in first_line(kb, question)


@pytest.mark.parametrize("question", ["2023年立案提案多少件", "上年立案提案多少件"])
def test_the_year_before_told_by_its_word_is_read_first(report, question):
    assert first_line(report, question).startswith("答：75件（2023年）")


@pytest.mark.parametrize("question", ["2024年立案提案多少件", "去年立案提案多少件"])
def test_the_reports_own_year_keeps_its_figure(report, question):
    assert first_line(report, question).startswith("答：88件")
