"""比去年 in a question compares with the year before, as 比上年 does: it asks the change the report tells,
not a figure of the year before, also in a report written in the year it tells (今年 its own year). On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """为民履职写新篇——桐溪县政协2021年履职纪实

《桐溪日报》2021年12月28日

一、反映社情民意

今年县政协共报送社情民意信息208条，比上年增长12.4%（上年为185条）。今年委员参加各类活动的出勤率达到92.6%，比上年提高3.2个百分点。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tongxi.txt", _REPORT)], tmp_path_factory.mktemp("tongxi"))


@pytest.mark.parametrize("question, fact", [
    ("社情民意比去年增长了多少？", "12.4%"),
    ("出勤率比去年提高了多少", "3.2个百分点"),
    ("出勤率较去年提高几个百分点", "3.2个百分点"),
])
def test_compared_with_last_year_asks_the_change(kb, question, fact):
    assert fact in first_line(kb, question)
