"""A table written as text lines whose columns give their unit in brackets (提案（件）｜…): each row's bare
numbers are read in that unit (教育界：提案52件); and an entry of one item's own figures (a member's line
吴某（…）：…被采用12条, a table's row) ranks after the whole body's figure when the question names no such item.
On a notice of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.person_entry import one_items_entry
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.table_rows import rows_as_sentences

from .conftest import first_line

_NOTICE = """枫岙市政协办公厅关于2025年度市政协委员履职情况的通报

一、参加会议情况

市政协九届四次会议应出席委员320名，实际出席306名。全年召开常委会会议5次，平均出席率93.1%。

二、提案和视察调研

委员共提交提案412件，经审查立案377件。全年组织专题视察15次、专题调研22次，形成调研报告19篇。

三、社情民意信息

全年委员报送社情民意信息966条，被各级采用402条，其中被全国政协采用5条。

主要界别社情民意信息统计如下：
界别｜社情民意信息（条）｜采用（条）
经济界｜121｜58
教育界｜104｜47
农业界｜86｜39

四、受表扬委员

闵海川（经济界，枫岙港务集团副总经理）：全年报送社情民意信息31条，被采用17条，其中1条被全国政协采用。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengao-items.txt", _NOTICE)], tmp_path_factory.mktemp("fengao-items"))


def test_column_unit_written_after_the_number():
    rows = rows_as_sentences(["界别｜提案（件）｜采用（条）｜出席率", "教育界｜52｜58｜—"])
    assert rows[1] == "教育界：提案52件，采用58条。"


def test_entry_of_one_item():
    index = SimpleNamespace(sentence_norm=[["闵海川(经济界,某集团副总经理):全年报送信息31条,被采用17条。"],
                                           ["界别|社情民意信息(条)|采用(条)"], ["经济界:社情民意信息121条,采用58条。"],
                                           ["调研显示:全县现有特派员86名,服务行政村112个。"]], passage_doc=[0, 0, 0, 1])
    assert one_items_entry(index, 0, 0, "被采用了多少条")
    assert not one_items_entry(index, 0, 0, "闵海川被采用了多少条")
    assert one_items_entry(index, 2, 0, "采用了多少条") and not one_items_entry(index, 2, 0, "经济界采用了多少条")
    assert not one_items_entry(index, 3, 0, "特派员有多少名")


@pytest.mark.parametrize("question, expected", [
    ("社情民意被采用了多少条", "402条"),
    ("被全国政协采用的社情民意有几条", "5条"),
    ("教育界报了多少条社情民意", "104条"),
    ("农业界社情民意采用了多少条", "39条"),
    ("闵海川被采用了多少条", "17条"),
])
def test_whole_or_item(kb, question, expected):
    assert expected in first_line(kb, question)
