"""A figure since a plenary session covers one year when the report is delivered at the next
session, several when it is delivered later: 九届二次会议以来 in a report to the third session is
the year, 九届一次会议以来 the term so far. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.periods import SPAN, YEAR, told_period
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协溪口县第八届委员会提案工作情况报告

——2020年1月9日在政协溪口县第八届委员会第四次会议上

一、2019年提案工作

八届三次会议以来，县政协共收到提案246件，经审查立案213件。

二、本届以来的提案工作

八届一次会议以来，县政协共收到提案731件，立案652件，全部办结。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("xikou.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("xikou"))


def test_since_the_last_session_is_the_year_since_the_first_the_term():
    assert told_period("8届3次会议以来,共收到提案246件", 15, (8, 4)) == YEAR
    assert told_period("8届1次会议以来,共收到提案731件", 15, (8, 4)) == SPAN
    assert told_period("7届5次会议以来,共收到提案900件", 15, (8, 4)) == SPAN  # an earlier term
    assert told_period("8届1次会议以来,共收到提案731件", 15) == YEAR  # the report's session unknown


def test_the_year_asked_gets_the_years_figure_and_the_term_its_total(kb):
    assert "246件" in first_line(kb, "去年一共收到多少件提案")
    assert "213件" in first_line(kb, "2019年提案立案了多少件")
    assert "731件" in first_line(kb, "本届以来一共收到多少件提案")
    assert "652件" in first_line(kb, "8届1次会议以来立案多少件")


def test_a_running_total_is_never_labelled_as_one_years(kb, tmp_path):
    assert "（2019年）" not in first_line(kb, "本届以来一共收到多少件提案")
    assert first_line(kb, "去年一共收到多少件提案").startswith("答：246件") and "累计" not in first_line(kb, "去年一共收到多少件提案")
    report = "政协溪口县委员会2019年工作报告\n\n一、2019年工作回顾\n\n本届以来，县政协累计立案提案652件，其中2019年立案213件。\n"
    yearly = KnowledgeBase([SourceDocument("xk2.txt", report.split("\n", 1)[0], "2019", report)], tmp_path)
    assert first_line(yearly, "本届以来累计立案提案多少件") == "答：652件（累计，截至2019年）"
