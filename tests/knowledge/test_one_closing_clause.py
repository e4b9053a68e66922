"""One as an amount (listed_one.py): a 1 with its measure word written after the thing it counts and
closing its clause (计划举办委员培训班1期。) is a count told in so many words, though a 1 before a noun
(一场, 1次集中视察) counts nothing anyone asks. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """柘溪区政协提案委员会2022年工作总结

一、主要工作

全年共收到提案204件，立案186件。力争全年报送社情民意信息不少于60篇，被市级以上政协采用不少于20篇。

二、2023年工作打算

进一步完善提案工作制度，加强提案写作培训，计划举办提案写作培训班1期。组织1次集中视察，邀请委员参加。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("zhexi.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("zhexi"))


def test_one_closing_its_clause_after_its_noun_is_a_count(kb):
    assert first_line(kb, "明年提案写作培训班办几期").startswith("答：1期")
    assert first_line(kb, "计划举办几期提案写作培训班").startswith("答：1期")


def test_a_figure_of_another_thing_stays_unasked(kb):
    assert not first_line(kb, "明年提案写作培训班办几期").startswith("答：60篇")
