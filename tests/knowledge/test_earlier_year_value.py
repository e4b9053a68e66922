"""The figure of the year before the report's, told as the value its own year's is compared with (采用36篇，比2019年
的29篇增加7篇; 报送52条，由2021年的29条增至52条): asked for that year, the earlier value answers, and it counts what
the clause before counts. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import counted_clause
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协青湾县委员会常务委员会2020年工作报告

一、反映社情民意

全年共收到社情民意信息310篇，被市政协采用42篇，比2019年的33篇增加9篇；被省政协采用4篇。

二、界别工作

全年界别报送调研报告18篇，由2019年的11篇增至18篇，其中6篇获县领导批示。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingwan.txt", _REPORT)], tmp_path_factory.mktemp("qingwan"))


def test_the_compared_value_takes_in_the_clause_before():
    sentence = "被市政协采用42篇,比2019年的33篇增加9篇;被省政协采用4篇。"
    a, _ = counted_clause(sentence, sentence.find("33篇"))
    assert a == 0
    a, _ = counted_clause(sentence, sentence.find("4篇"))
    assert sentence[a:].startswith("被省政协")  # no comparison: its own clause


def test_the_year_before_is_answered_by_the_compared_value(kb):
    assert first_line(kb, "2019年被市政协采用多少篇").startswith("答：33篇")
    assert first_line(kb, "2019年界别调研报告报送了多少篇").startswith("答：11篇")


def test_the_reports_own_year_keeps_its_own_figure(kb):
    assert first_line(kb, "2020年被市政协采用多少篇").startswith("答：42篇")
