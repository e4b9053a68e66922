"""A year's summary asked of its own dateline (落款日期是哪天, 是几月几号写的): the date in brackets
under its title, as it writes it (二〇一九年十二月十八日), the committee named in full or by a short
form (社法委); a date of what the summary tells is still that event's. And the dateline's day in a
heading (--2018年1月16日在…会议上) is when a report was delivered, no plan year: what it tells of the
year reported is a result. On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.frames import is_plan
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_SUMMARY = """政协澄溪市第八届委员会社会法制委员会2019年工作总结

政协澄溪市社会法制委员会
（二〇一九年十二月十八日）

2019年是新中国成立70周年。一年来，在澄溪市政协党组的领导下，专委会扎实开展调查研究、协商议政等工作。

一、调查研究

4月8日至10日，副主任苏明远带队，就“城乡社区网格化管理”开展调研，走访社区12个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("chengxi.txt", _SUMMARY.split("\n", 1)[0], None, _SUMMARY)
    return KnowledgeBase([document], tmp_path_factory.mktemp("chengxi-dateline"))


def test_the_dateline_of_the_summary_as_written(kb):
    assert "二〇一九年十二月十八日" in first_line(kb, "社会法制委员会2019年工作总结的落款日期是哪天？")


def test_the_summary_by_a_short_form_of_its_committee(kb):
    assert "十二月十八日" in first_line(kb, "这份社法委年度总结是几月几号写的？")


def test_a_date_the_summary_tells_is_that_events(kb):
    line = first_line(kb, "网格化管理调研是哪天开始的？")
    assert "4月8日" in line and "十二月十八日" not in line


def test_a_headings_dateline_day_is_no_plan_year():
    heading = "政协棠溪县委员会关于提案工作情况的报告--2018年1月16日在政协棠溪县第9届委员会第3次会议上"
    assert not is_plan(heading, "县政协提案委员会被市政协评为2017年度全市政协提案工作先进集体。", 2017)
    assert is_plan("2018年工作安排", "县政协提案委员会被市政协评为先进集体。", 2017)  # a later year's heading plans
