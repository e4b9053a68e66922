"""A floor, ceiling or rank written right before an amount is part of what the figure says: a target of
不少于300篇 is answered 不少于300篇 (not 300篇, a count reached), 至少2次 as 至少2次, the first 20 of a
ranking as 前20名; 提前3天 is no rank. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协枫湾县委员会常务委员会工作报告

一、2023年工作回顾

全年报送社情民意信息268篇，被市政协采用37篇。全县提案交办会于3月召开，承办单位提前3天完成全部提案答复。

二、2024年工作安排

力争全年报送社情民意信息不少于300篇，被市政协采用不少于40篇。每位常委每年至少2次参加视察调研。对年度履职积分排名前20名的委员予以通报表扬。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengwan.txt", _REPORT)], tmp_path_factory.mktemp("fengwan"))


@pytest.mark.parametrize("question, fact", [
    ("今年社情民意信息目标报送多少篇", "不少于300篇"),
    ("今年力争被市政协采用多少篇", "不少于40篇"),
    ("常委每年参加视察调研几次", "至少2次"),
    ("履职积分排名前多少名的委员通报表扬", "前20名"),
])
def test_bound_shown(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question, fact", [
    ("承办单位提前几天完成答复", "3天"),
    ("去年报送社情民意信息多少篇", "268篇"),
])
def test_plain_amount(kb, question, fact):
    line = first_line(kb, question)
    assert fact in line and "前" + fact not in line and "不少于" not in line
