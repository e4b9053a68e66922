"""People asked bare (…有多少人, 几个人) are not counted by visits: 走访慰问…共计86人次 counts visits, so
离退休干部有多少人 is declined, while 多少人次 and a count of people (现有干部职工58人) still answer
(reading._unit_compatible).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协机关2022年工作总结

关心关爱落到实处。走访慰问困难职工、离退休老干部共计86人次。

干部结构不断优化。机关现有干部职工58人。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-visits.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("bare-people"))


def test_visits_do_not_count_people_asked_bare(kb):
    assert not kb.answer("离退休老干部总共有多少人").answered


def test_visits_and_people_still_answer_their_own(kb):
    assert "86人次" in first_line(kb, "走访慰问了多少人次")
    assert "58人" in first_line(kb, "机关现有干部职工多少人")
