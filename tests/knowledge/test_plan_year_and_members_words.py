"""A publicity office's year and its plan for the next, asked as members ask: the target of the year the report
is read in (今年…目标) from the plan, not the report year's results measured against that year's own targets;
今年全市 naming no place; and the general words and slips members type (叫什么 after a noun in 号, 拿到 for 获,
视屏 for 视频, 前十 for 前十名, 新增 for 增设, 发行量 for 发行). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澜桦市政协2023年宣传工作总结和2024年工作安排
（2024年1月12日）

一、2023年工作回顾

（一）发稿
2023年，全市政协系统在各级媒体共刊发稿件860篇，比上年增长12.4%。

（二）刊物
《澜桦政协》杂志为季刊，全年出版4期，全年发行1.3万册，比上年增加2000册。杂志设有“桦畔笔谈”“澜上拾零”等8个栏目，其中2023年新设“稻田夜话”专栏。
2023年，我们继续在澜桦日报开设“委员风采”专栏，全年刊发30期。

（三）新媒体
“澜桦政协”微信公众号全年推送信息820篇。在全省政协系统微信公众号影响力排行中，“澜桦政协”全年有7个月进入前十名。
2023年5月，我们开通了“桦音”视频号，全年发布短视频96条。

（四）信息
一是信息数量稳中有增。全年编报政协信息64期，比上年增加6期。
二是信息质量明显提升。全年报送的信息获市领导批示27次，其中获省领导批示3次；获批示数量比上年增加5次。
三是社情民意反映渠道更加畅通。全年收集社情民意信息230条，经筛选编报85条，其中有关菜价的4条信息得到市领导批示。

从主要指标看，2023年全市政协宣传工作全面完成了年初确定的目标任务：全年发稿八百六十篇，超出年初确定的七百篇目标；微信公众号粉丝数由年初的一万二千余人增长到一万九千余人。

二、2024年工作安排

2024年全市政协宣传工作的主要目标是：全年发稿一千篇以上，微信公众号粉丝数突破三万，《澜桦政协》杂志发行量达到一万五千册。

《澜桦政协》杂志全年继续出版4期，增设“桦川新貌”专栏，力争全年发行量达到1.5万册。进一步加强编委会建设，提高刊物的可读性。
继续在澜桦日报开设“委员风采”专栏，全年推出40期以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanhua.txt", _REPORT)], tmp_path_factory.mktemp("lanhua"))


def test_this_years_target_is_the_plans(kb):
    """今年 (read in January 2024) with 目标: the 2024 plan, not 2023's results told against 2023's targets."""
    assert "1000篇" in first_line(kb, "今年全市政协发稿目标多少篇")
    assert "3万" in first_line(kb, "今年公众号粉丝目标多少")


def test_a_time_before_the_whole_city_names_no_place(kb):
    """去年全市政协…: 年全 before 市政协 is no other city's committee."""
    assert "860篇" in first_line(kb, "去年全市政协发稿多少篇")


def test_a_name_asked_after_a_noun_in_hao(kb):
    assert "桦音" in first_line(kb, "我们的视频号叫什么名")


def test_got_is_said_for_received(kb):
    assert "27次" in first_line(kb, "去年信息拿到几次批示")
    assert "27次" in first_line(kb, "信息拿到了几次批示")


def test_a_nasal_ending_not_told_apart(kb):
    assert "2023年5月" in first_line(kb, "视屏号啥时候开通的")


def test_top_ten_without_its_measure_word(kb):
    assert "7个月" in first_line(kb, "公众号有几个月进了全省前十")


def test_new_column_is_the_one_set_up(kb):
    assert "桦川新貌" in first_line(kb, "今年杂志要新增什么专栏")


def test_an_amount_noun_for_the_deed_it_counts(kb):
    """发行量 asked of last year: 全年发行1.3万册, not this year's planned 发行量."""
    assert "1.3万册" in first_line(kb, "杂志去年发行量多少")
