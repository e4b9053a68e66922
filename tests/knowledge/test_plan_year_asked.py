"""A question naming the year a report's plans are for (2023年力争报送多少条) is answered by the plan's amount,
though the plan's sentence never writes the year: the amount belongs to the planned year, as its answer shows it.
On a made-up report on 2022 read in January 2023."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """榆陵县政协2022年工作回顾

一、2022年工作

2022年，县政协共报送社情民意信息215条，被省政协采用18条。

二、新的一年工作打算

2023年，是全面贯彻党的二十大精神的开局之年。谈到今年的打算，县政协主席说，今年县政协将继续做好各项工作。

在信息工作方面，力争全年报送社情民意信息260条以上，被省政协采用20条以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("yuling.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("yuling"))


@pytest.mark.parametrize("question, fact", [
    ("2023年社情民意信息力争报送多少条以上", "260条"),
    ("2022年报送社情民意信息多少条", "215条"),
])
def test_the_planned_year_asked_is_answered_by_the_plan(kb, question, fact):
    assert fact in first_line(kb, question)
