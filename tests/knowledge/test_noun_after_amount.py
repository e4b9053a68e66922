"""Amounts of one measure word told side by side for unlike things (分布在全市3个区、5个县, 走访9个镇、
21个村): the question's noun right after its measure word (几个县, 多少个村) picks the amount that
counts it, and the answer names that noun as the sentence does."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """青梧市政协教育界别2020年工作总结

一、2020年工作回顾

界别现有委员45名，分布在全市3个区、5个县的中小学校、职业院校和教育管理部门。
6月，界别组织委员赴北溪县开展乡村学校调研，走访9个镇、21个村，召开座谈会6场。
10月，界别组织委员分3个组，对18所学校的课后服务开展集中视察。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qingwu-edu.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qingwu-edu"))


def test_the_amount_followed_by_the_asked_noun(kb):
    assert first_line(kb, "界别委员分布在几个县？").startswith("答：5个县")
    assert first_line(kb, "界别委员分布在几个区？").startswith("答：3个区")


def test_the_noun_is_named_with_the_amount(kb):
    assert first_line(kb, "乡村学校调研走访了多少个村？").startswith("答：21个村")
    assert first_line(kb, "乡村学校调研走访了几个镇？").startswith("答：9个镇")


def test_a_one_character_noun_after_the_amount(kb):
    assert first_line(kb, "课后服务集中视察分了几个组？").startswith("答：3个组")
