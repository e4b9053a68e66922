"""A notice on a year's work opens by the period it covers (对全体委员2025年1月1日至12月31日的履职情况进行了统计):
that day opens a span and is not the day the notice was delivered, so the notice is still read the year after
its results and 去年 is the year it tells of. On a made-up notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NOTICE = """榕坪市政协办公厅关于2031年度委员履职情况的通报

各位市政协委员：

市政协办公厅对全体委员2031年1月1日至12月31日的履职情况进行了统计，现将有关情况通报如下。

一、会议情况

全年召开常委会会议5次，平均出席率91.2%。

二、视察调研

全年组织专题视察17次，参加委员六百余人次。

榕坪市政协办公厅
2032年2月9日
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("rongping-notice.txt", _NOTICE)], tmp_path_factory.mktemp("rongping"))


def test_last_year_is_the_year_the_notice_tells_of(kb):
    line = first_line(kb, "去年专题视察搞了多少次")
    assert "17次" in line


def test_last_year_meetings(kb):
    assert "5次" in first_line(kb, "去年一共开了几次常委会")
