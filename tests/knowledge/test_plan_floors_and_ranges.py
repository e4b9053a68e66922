"""A plan's figures worded as a range (打造2至3件精品提案) or a floor (确保每名委员至少报送1篇): the range is
one amount, shown whole, and answers the thing it stands by, not the larger figure of the whole kind
(提交提案50件以上); an amount of 1 after a floor is a figure (not the article 一), and a clause that
leaves out what it counts (至少报送1篇) counts the thing the sentence counted before. On a report of
our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """临溪县政协文化界别2023年工作总结和2024年工作打算

一、2023年工作回顾

全年提交提案41件，报送社情民意信息66篇。

二、2024年工作打算

力争全年提交提案50件以上，其中集体提案不少于4件，打造2至3件有影响的精品提案。力争全年报送社情民意信息80篇以上，确保每名委员全年至少报送1篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linxi.txt", _REPORT)], tmp_path_factory.mktemp("linxi"))


def test_a_range_answers_whole(kb):
    assert first_line(kb, "明年打算打造几件精品提案？").startswith("答：2至3件")


def test_a_floor_of_one_answers_the_per_member_question(kb):
    assert first_line(kb, "2024年每名委员至少要报送几篇社情民意信息？").startswith("答：1篇")


def test_the_whole_plan_figure_still_answers_the_plain_question(kb):
    assert first_line(kb, "2024年计划报送多少篇社情民意信息？").startswith("答：80篇")
    assert first_line(kb, "2024年计划提交多少件提案？").startswith("答：50件")
