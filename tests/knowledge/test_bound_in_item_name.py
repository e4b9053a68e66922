"""A bound between an item's name and its figure (召开专题座谈会不少于6场、对口座谈会9场) is no part of the
name: the item is 专题座谈会, so 专题座谈会几场 takes its own figure, not the next item's. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协溪桥县委员会文化文史和学习委员会2022年工作总结及2023年工作打算

一、2023年工作打算

制定年度协商计划，计划召开专题座谈会不少于6场、对口座谈会9场，组织委员撰写学习体会文章。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("xiqiao-bound.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("xiqiao-bound"))


def test_the_item_with_a_bound_keeps_its_figure(kb):
    assert "6场" in first_line(kb, "明年专题座谈会开多少场")


def test_the_other_item_keeps_its_own(kb):
    assert "9场" in first_line(kb, "明年对口座谈会开多少场")
