"""A sentence praising the year as a record against all years (是历年来最多的一年) tells no running total:
the figures after it, in the same sentence, are still the year's own, so a level asked (省级媒体) is
answered by its own figure, not by the first level's. A span truly told (历年累计…) keeps its reading. On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.periods import SPAN, YEAR, told_period
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协篁川市委员会2021年宣传工作总结

一、新闻宣传

2021年，全市政协系统在各级媒体共刊发稿件905篇。其中，在中央级媒体刊发41篇，比上年增加9篇，是历年来最多的一年；在省级媒体刊发176篇；在市级媒体刊发688篇。

二、刊物编印

全年编印《篁川政协》杂志6期，刊发稿件233篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("huangchuan.txt", _REPORT)], tmp_path_factory.mktemp("huangchuan"))


def test_a_record_against_all_years_is_no_span():
    sentence = "在中央级媒体刊发41篇,是历年来最多的1年;在省级媒体刊发176篇"
    assert told_period(sentence, sentence.find("176篇")) == YEAR
    told = "历年累计刊发稿件3000篇"
    assert told_period(told, told.find("3000篇")) == SPAN


def test_the_level_asked_is_answered_by_its_own_figure(kb):
    assert "176篇" in first_line(kb, "去年省级媒体刊发了多少篇")
    assert "688篇" in first_line(kb, "去年在市级媒体刊发了多少篇")
    assert "41篇" in first_line(kb, "去年在中央级媒体发了几篇")
