"""A change written from one value to another (由本届初的72.8%提高到目前的78.4%): the value reached
answers what it is, whatever time word stands after 由 or 到. On a report of our own."""

from __future__ import annotations

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青川县委员会关于2019年提案工作情况的报告

一、提案提交情况

委员参与提交提案的比例由本届初的70.6%提高到目前的81.2%，提案质量稳步提升。
"""


def test_the_value_reached_not_the_one_started_from(tmp_path):
    kb = KnowledgeBase([SourceDocument("qingchuan.txt", _REPORT.split("\n", 1)[0], None, _REPORT)], tmp_path)
    assert "81.2%" in first_line(kb, "委员参与提交提案的比例是多少")
