"""A sentence opening on its year (全年举办委员培训班2期，其中…1期，累计培训委员265人次) sums within that year
with a bare 累计 later in it, as 全年累计 would: a year asked (去年培训了多少人次) is answered by it, no
running total since the term began.  A year a span starts from (2016年以来累计…), or the stock told after the
year's increase (新建6个，截至年底累计建成31个), stays a span.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.periods import SPAN, YEAR, told_period
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澴水县委员会常务委员会工作报告

（二〇二三年一月十二日在政协澴水县第九届委员会第二次会议上）

一、2022年工作回顾

全年举办委员履职培训班2期，其中赴复旦大学举办专题培训班1期，累计培训委员265人次，比上年增长15.2%。组织委员视察调研19次。

二、2023年工作安排

计划举办委员培训班3期。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("huanshui.txt", _REPORT)], tmp_path_factory.mktemp("huanshui-year"))


def test_a_bare_total_in_a_sentence_opening_on_its_year_is_the_years(kb):
    assert "265人次" in first_line(kb, "去年委员培训多少人次")


def test_told_period_of_a_bare_total_after_an_opening_year():
    sentence = "全年举办培训班2期,其中赴外地举办1期,累计培训委员265人次"
    assert told_period(sentence, sentence.find("265")) == YEAR


def test_a_year_a_span_starts_from_stays_a_span():
    sentence = "2016年以来,累计培训委员1265人次"
    assert told_period(sentence, sentence.find("1265")) == SPAN


def test_a_stock_after_the_years_increase_stays_a_span():
    sentence = "2022年,全县新建委员工作室6个,截至年底累计建成31个"
    assert told_period(sentence, sentence.find("31")) == SPAN
