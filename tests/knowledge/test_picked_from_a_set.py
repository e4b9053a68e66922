"""An amount counting a selection made from a set (从立案提案中选取…5件) is not the set's count: 立案了多少件提案
is answered by the registration told elsewhere, 选取了几件 by the selection (counted_others.py).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澧川县委员会关于提案工作情况的报告

一、提案审查情况

提案委员会对收到的提案逐件审查。经审查，立案186件，立案率88.6%。

二、提案与协商的衔接

坚持提案工作与专题协商相互衔接，全年从立案提案中选取群众关注度高的5件作为专题协商议题的重要参考。

三、表彰情况

年底从全年提案中评选出优秀提案12件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lichuan-picked.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lichuan-picked"))


def test_set_count_not_the_selection(kb):
    answer = kb.answer("立案了多少件提案")
    assert "5件" not in answer.text.split("\n", 1)[0]


def test_selection_still_answers_when_asked(kb):
    assert "5件" in first_line(kb, "选取了几件提案作为专题协商议题参考")


def test_thing_named_after_the_verb_is_the_count(kb):
    assert "12件" in first_line(kb, "评出多少件优秀提案")
