"""Three readings of a how-much question on one paragraph of our own:
- money given by those a member is linked to (委员和所联系企业共捐款) is money, not the firms a deed reached:
  一共捐了多少钱 is answered;
- 卖了多少钱 is told as a 销售额 (a spoken verb a report writes with 售);
- 某某的茶园有多大 asks the size of a thing of hers, not her age (某某今年多大 is still declined)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """蔺州市政协经济界别2022年工作总结

一、2022年主要工作

一是开展“爱心助学”活动。界别委员和所联系企业共捐款63.5万元，资助困难学生148名。

二是助力乡村振兴。界别组织委员开展“助农直播”活动5场，帮助销售柑橘、木耳等农副产品，销售额达176万元。

三是发挥委员示范作用。邹慕青委员（蔺州青峰茶业合作社理事长）带领社员发展生态茶园800亩，带动农户93户增收。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linzhou-jingji.txt", _REPORT)], tmp_path_factory.mktemp("linzhou-jingji"))


def test_money_given_is_no_count_of_firms_reached(kb):
    assert first_line(kb, "爱心助学一共捐了多少钱").startswith("答：63.5万元")


@pytest.mark.parametrize("question", ["助农直播卖了多少钱", "助农直播一共卖了多少钱"])
def test_sold_is_told_as_sales(kb, question):
    assert first_line(kb, question).startswith("答：176万元")


def test_the_size_of_a_thing_of_hers_is_no_age(kb):
    assert first_line(kb, "邹慕青的茶园有多大").startswith("答：800亩")


def test_her_age_is_still_declined(kb):
    assert not kb.answer("邹慕青今年多大").answered
