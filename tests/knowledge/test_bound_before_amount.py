"""A floor written right before an amount (提交提案不少于40件, 至少举办3次) is part of what the figure
says: the answer shows 不少于40件, not a bare 40件 that reads as the exact target. 突破 / 超过 bound a
target only (力争…突破30万元); after a result (关注人数突破2万) the amount is shown alone."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """梅渡县政协农业界别2021年工作总结

一、2021年工作回顾

全年界别委员提交提案32件，报送社情民意信息41条。界别“梅渡农声”公众号关注人数突破2万。
界别要求每名委员联系农户不少于6户，全年走访农户880户次。

二、2022年工作打算

力争提交提案不少于40件，其中集体提案不少于4件；报送社情民意信息不少于50条。
计划举办专题讲座至少3次，组织委员赴外地考察1次。
力争协调帮扶资金突破300万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("meidu-agri.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("meidu-agri"))


def test_a_target_floor_is_shown_with_the_amount(kb):
    assert "不少于40件" in first_line(kb, "明年提案目标多少件？")
    assert "不少于4件" in first_line(kb, "2022年集体提案至少几件")
    assert "不少于50条" in first_line(kb, "明年社情民意要报多少条")
    assert "至少" in first_line(kb, "明年计划举办几次专题讲座")


def test_a_rule_floor_is_shown_with_the_amount(kb):
    assert "不少于6户" in first_line(kb, "每名委员要联系几户农户？")


def test_passing_bounds_a_target_only(kb):
    assert "突破300万元" in first_line(kb, "明年协调帮扶资金目标多少")
    line = first_line(kb, "公众号关注人数有多少")
    assert line.startswith("答：2万"), line


def test_an_amount_without_a_bound_stays_bare(kb):
    assert first_line(kb, "2021年界别交了多少件提案").startswith("答：32件")
    assert first_line(kb, "明年计划去外地考察几次").startswith("答：1次")


def test_a_floor_asked_as_at_least(kb):
    # 至少 / 最少 asked, 不少于 written: one floor, in general Chinese (synonyms.txt).
    assert "不少于4件" in first_line(kb, "明年集体提案至少几件")
    assert "不少于50条" in first_line(kb, "明年社情民意最少报几条")
