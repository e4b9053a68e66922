"""An outcome clause (被市政协采用9条) after a clause of a time and a verb alone (全年报送36条) counts what the
clause before that one names (转化为社情民意信息): carried_counts.py carries the thing over both clauses.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.carried_counts import carried_count
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_SENTENCE = "对调研中发现的问题，及时转化为社情民意信息，全年报送36条，被澧州市政协采用7条。"

_REPORT = f"""政协澧川县委员会关于提案工作情况的报告

一、提案工作

全年立案提案186件，办复率100%。编发提案工作简报12期。

二、信息工作

{_SENTENCE}
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lichuan-info.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lichuan-info"))


def test_outcome_counts_thing_named_two_clauses_back():
    adopted = [q for q in find_quantities(_SENTENCE) if q.value == 7][0]
    assert carried_count(("社情民意信息",), _SENTENCE, adopted)


def test_another_amount_between_breaks_the_carry():
    sentence = "及时转化为社情民意信息，编发简报12条，被澧州市政协采用7条。"
    adopted = [q for q in find_quantities(sentence) if q.value == 7][0]
    assert not carried_count(("社情民意信息",), sentence, adopted)


def test_adopted_count_answers(kb):
    assert "7条" in first_line(kb, "被澧州市政协采用了几条社情民意信息")
