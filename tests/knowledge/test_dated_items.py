"""Dates told as items of one enumeration (其余3场分别于6月9日在雾北区围绕托育服务、9月14日在溪田县围绕
古树保护、11月20日…): each item tells its words after its date, so the meeting on 托育服务 is June's even
though those words stand right before the next date.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """雾川市政协2021年工作报告

一年来，雾川市政协在中共雾川市委的坚强领导下，围绕雾川中心工作履职尽责。

全年召开专题协商会4场。其中，3月18日在市行政中心围绕优化营商环境召开首场协商会；其余3场分别于6月9日在雾北区围绕托育服务、9月14日在溪田县围绕古树保护、11月20日在市行政中心围绕河湖治理召开。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("wuchuan.txt", _REPORT)], tmp_path_factory.mktemp("wuchuan-dates"))


@pytest.mark.parametrize("question, day", [("托育服务协商会哪天开的", "6月9日"), ("古树保护协商会是几号开的", "9月14日"),
                                           ("河湖治理协商会哪天召开", "11月20日"), ("营商环境协商会哪天开的", "3月18日")])
def test_each_item_is_dated_by_the_date_before_its_words(kb, question, day):
    assert day in first_line(kb, question)
