"""A target set on what becomes of the thing counted in the clause before (报送社情民意信息60条以上，力争被省政协
采用10条以上): the aim (力争, 争取, 确保) before the outcome word and the bound after the amount (以上, 左右) say how
much, so the amount still counts the 社情民意信息 and answers 力争省政协采用几条社情民意.  A count of another thing
between (编发简报12期) still stops it.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.carried_counts import carried_count
from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岚屿市政协工商联界别2022年工作总结

一、2022年工作回顾

全年界别报送社情民意信息48条，被市政协采用21条。

二、2023年工作打算

全年力争提交提案40件以上；报送社情民意信息60条以上，力争被省政协采用10条以上。
"""

_WORDS = ("社情民意", "社情民意信息")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanyu.txt", _REPORT)], tmp_path_factory.mktemp("lanyu"))


def _amount(sentence: str, text: str):
    return next(q for q in find_quantities(sentence) if q.text == text)


def test_an_aimed_outcome_carries_the_thing_counted_before():
    sentence = "报送社情民意信息60条以上,力争被省政协采用10条以上。"
    assert carried_count(_WORDS, sentence, _amount(sentence, "10条"))


def test_another_count_between_still_stops_it():
    sentence = "报送社情民意信息60条以上,编发简报12条,力争被省政协采用10条以上。"
    assert not carried_count(_WORDS, sentence, _amount(sentence, "10条"))


def test_the_target_is_answered(kb):
    assert first_line(kb, "今年力争省政协采用几条社情民意").startswith("答：10条以上")
