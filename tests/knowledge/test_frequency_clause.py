"""How often a thing is held, written between it and how many times it was (开设"某某讲堂"，每季度一期，全年举办4期):
a question of how many (全年办了几期) is answered by the count, the frequency only when asked (每季度办几期).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """蔺州市政协文史界别2022年工作总结

一、2022年主要工作

界别与市图书馆联合开设“蔺州文脉讲坛”，每月一期，全年举办11期，听众一千二百余人次。

界别还组建文史资料征集小组，每周一次，全年开展征集活动38次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linzhou-wenshi.txt", _REPORT)], tmp_path_factory.mktemp("linzhou-wenshi"))


@pytest.mark.parametrize("question", ["蔺州文脉讲坛全年办了几期", "文脉讲坛办了几期"])
def test_the_count_answers_how_many(kb, question):
    assert first_line(kb, question).startswith("答：11期")


def test_the_frequency_answers_how_often(kb):
    assert "1期" in first_line(kb, "文脉讲坛每月办几期")


def test_a_weekly_group_counts_its_activities(kb):
    assert "38次" in first_line(kb, "征集小组全年开展征集活动多少次")
