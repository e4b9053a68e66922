"""A quoted title right before 界别 (“同心共筑中国梦”界别联谊活动, “请你来协商”栏目界别) is the title of an event or
column, never a sector's name (no 界别 is named in quotation marks): the question is not read as asking a sector
called by it, and the report's sentence answers; a sector named plainly (农业界别) is still one.  On a report of
our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """梧屿县政协经济界别2023年工作总结

一、界别活动

去年，界别组织开展“同心筑梦梧屿行”界别联谊活动17次，邀请党外人士参加“政协开放日”活动3次。

界别委员做客梧屿电视台“请你来商量”栏目3期，围绕梧屿县营商环境建言献策。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("wuyu.txt", _REPORT)], tmp_path_factory.mktemp("wuyu"))


@pytest.mark.parametrize("question, answer", [
    ("同心筑梦梧屿行界别联谊活动搞了几次", "17次"),
    ("请你来商量栏目界别上了几期", "3期"),
])
def test_a_title_before_the_sector_names_no_sector(kb, question, answer):
    assert answer in first_line(kb, question)


def test_a_sector_named_plainly_is_still_asked(kb):
    assert not kb.answer("农业界别联谊活动搞了几次").answered
