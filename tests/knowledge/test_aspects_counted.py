"""A count of the aspects a plan or a list is divided into (分几个方面): 方面, a stop word elsewhere (在…方面),
is the thing counted, so 8个方面重点任务23项 answers 8个方面, not the 23项 the tasks number.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协松川区委员会文化文史委员会2023年工作总结

一、年度计划

年初，委员会研究制定年度工作计划，确定思想引领、专题调研、协商议政和自身建设等4个方面重点任务19项，逐项明确责任人和完成时限。
二、履职成效

全年围绕古村落保护开展调研，在文化产业方面提出建议11条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("pine.txt", _REPORT)], tmp_path_factory.mktemp("aspects"))


def test_aspects_counted_not_the_tasks(kb):
    line = first_line(kb, "年度工作计划的重点任务分几个方面")
    assert "4个方面" in line
    assert "19项" not in line


def test_tasks_still_counted(kb):
    assert "19项" in first_line(kb, "年度工作计划的重点任务有多少项")
