"""A question naming a day (9月12日双周协商有几位委员发言, 11月6日的对口协商是和哪个部门) reads the
part of a sentence under that day when it tells several (3月21日,…7位委员发言;9月12日,…12位委员发言),
never takes the day's numbers for an amount it gives, and finds no figure of a day the paragraph
never tells. 哪几天 asks when; the date of an event the question names only before it (在深入调研
基础上,10月15日,召开…协商会) is another event's. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澄溪市社会法制委员会2019年工作总结

一、调查研究

4月8日至10日，副主任苏明远带队，就“城乡社区网格化管理”开展调研，走访社区12个，召开座谈会4场。

二、协商议政

在深入调研基础上，10月15日，市政协召开“推进城乡社区网格化管理”专题协商会，市政协主席郑国华主持会议。

全年承办双周协商座谈会2次。3月21日，围绕“优化法律援助服务”开展双周协商，7位委员发言；9月12日，围绕“加强未成年人保护”开展双周协商，12位委员发言。

全年开展对口协商2次。5月28日，与市司法局就“公共法律服务体系建设”开展对口协商；11月6日，与市民政局就“养老服务机构监管”开展对口协商。协商中，委员与部门面对面交流，对口协商成效明显。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("chengxi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("chengxi-days"))


def test_the_figure_under_the_day_asked(kb):
    assert "7位" in first_line(kb, "3月21日双周协商有几位委员发言？")
    assert "12位" in first_line(kb, "9月12日双周协商有几位委员发言？")  # 12 of 9月12日 gives no amount


def test_a_day_the_paragraph_never_tells_has_no_figure(kb):
    assert not kb.answer("12月1日双周协商有几位委员发言？").answered


def test_the_sentence_telling_the_day_asked(kb):
    assert "市民政局" in first_line(kb, "11月6日的对口协商是和哪个部门？")


def test_which_days_asks_when(kb):
    line = first_line(kb, "网格化管理调研是哪几天搞的？")
    assert "4月8日" in line and "10月15日" not in line


def test_the_meeting_built_on_the_survey_keeps_its_date(kb):
    assert "10月15日" in first_line(kb, "网格化管理专题协商会是哪天开的？")
