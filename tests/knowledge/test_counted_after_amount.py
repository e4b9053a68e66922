"""A question may write the counted noun after the amount asked (立案多少件提案): the word before
the amount is then the deed, 了 or not; and a clause of nothing but that deed and an amount
(收到提案218件，立案196件) goes on counting what the clause before named. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协溪口县委员会2019年提案工作情况报告

一、提案工作

2019年，县政协共收到提案218件，立案196件。全年编印提案简报12期。
"""

@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("xikou.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("xikou"))


def test_the_counted_noun_after_the_amount_asked(kb):
    assert first_line(kb, "提案立案多少件").startswith("答：立案196件")
    assert first_line(kb, "立案多少件提案").startswith("答：立案196件")  # not 218件, those received
    assert first_line(kb, "县政协立案了多少件提案").startswith("答：196件")
    assert first_line(kb, "收到多少件提案").startswith("答：218件")


def test_a_deed_the_report_never_tells_is_still_declined(kb):
    for question in ("办结多少件提案", "采纳多少件提案"):
        assert not kb.answer(question).answered, question
