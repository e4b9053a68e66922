"""Answers a member asks by a kind or a name rather than a count: how many watched (多少人在线看: what those counted
did, no noun of theirs); which newspaper a column was opened in (在哪家报纸开的: the outlet between 在 and 开设);
what a writing was called (那条信息叫什么 → "关于…的建议": a writing titled by another writing's noun); a person's
work by its title (某某获奖论文题目是啥 → 某某撰写的"…"); and a person's unit given by a section and its head
(某区政协信息科科长). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协沅桧市委员会2023年宣传信息工作总结

一、新闻宣传

在专题协商会上，首次尝试"指尖协商"图文直播，单场直播最高在线观看人数达1.3万人次。

2023年，我们继续在沅桧晚报开设"沅上人家"专栏，每周推出1期，全年刊发48期。

二、信息工作

全年报送的信息获市领导批示37次。《关于推进沅桧河沿岸旧厂房改造利用的建议》获市委主要领导批示，并被纳入市委相关专题研究。

三、理论研究

在省政协组织的理论研讨活动中，我市选送的论文有5篇获奖。市政协研究室主任柏承宇撰写的《市级政协专题协商的实践与思考》获一等奖。

四、表彰

沅桧区政协信息科科长戚雨桐被评为"全省政协优秀信息员"。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yuangui.txt", _REPORT)], tmp_path_factory.mktemp("yuangui"))


def test_how_many_watched_counts_no_noun_of_theirs(kb):
    assert "1.3万人次" in first_line(kb, "图文直播单场最高多少人在线看")


def test_the_newspaper_a_column_was_opened_in(kb):
    assert "沅桧晚报" in first_line(kb, "沅上人家专栏是在哪家报纸开的")


def test_a_writing_is_called_by_its_quoted_title(kb):
    assert "旧厂房改造利用的建议" in first_line(kb, "获市委主要领导批示的那条信息叫什么")


def test_a_persons_work_by_its_title(kb):
    assert "专题协商的实践与思考" in first_line(kb, "柏承宇获奖论文题目是啥")


def test_a_unit_given_by_a_section_and_its_head(kb):
    assert "信息科" in first_line(kb, "戚雨桐是哪个单位的")
