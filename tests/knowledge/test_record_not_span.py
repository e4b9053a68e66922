"""历年来最多 (the most in any year) marks a record the year's own figure sets, not a running total over the
years: a figure after it is the year's, and a question asking last year's (去年用了几篇) is answered by it;
历年 before a sum (历年累计出版12辑) still tells a span.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.periods import SPAN, YEAR, told_period
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = SourceDocument(
    "report.txt", "政协椤溪市委员会2022年宣传信息工作总结", "2022",
    "政协椤溪市委员会2022年宣传信息工作总结\n\n一、2022年工作回顾\n\n"
    "全年在中央级媒体刊发稿件58篇，人民政协报头版刊登我市稿件4篇，是历年来最多的一年；"
    "在省级媒体刊发203篇，其中椤溪晨报采用39篇、省政协杂志采用21篇。\n")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([_REPORT], tmp_path_factory.mktemp("record-not-span"))


def test_a_figure_after_a_record_is_the_years(kb):
    assert "39篇" in first_line(kb, "椤溪晨报去年用了我们几篇")


def test_record_and_span():
    record = "人民政协报头版刊登我市稿件4篇，是历年来最多的一年；在省级媒体刊发203篇"
    assert told_period(record, record.find("203篇")) == YEAR
    summed = "历年累计出版文史资料12辑"
    assert told_period(summed, summed.find("12辑")) == SPAN
