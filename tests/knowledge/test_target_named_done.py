"""A target named as a thing settled (明确了"…"的总体目标) is no plan word governing what follows it: the tasks
the plan set out (提出了…5大类21项具体任务) were set out that year, a result asked plainly.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协柘岭县委员会办公室2023年工作总结

一、主要工作

2023年3月,县政协党组会议审议通过了《柘岭县政协履职能力提升三年行动方案》,明确了"一年打基础、三年见成效"的总体目标,提出了委员培训、网络议政等5大类21项具体任务。全年召开推进会4次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zheling.txt", _REPORT)], tmp_path_factory.mktemp("zheling"))


@pytest.mark.parametrize("question, fact", [
    ("三年行动方案一共提出了多少项具体任务", "21项"),
    ("行动方案里的任务分成几大类", "5大类"),
])
def test_tasks_set_out(kb, question, fact):
    assert fact in first_line(kb, question)
