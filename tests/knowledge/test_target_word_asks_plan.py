"""A question with a target word (力争, 争取) asks the target set, even where it names a 成果 or 效果 (力争几项调研成果
进入决策: 成果 is what the target counts): the plan's sentence answers it; a result asked plainly stays a result.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import PLAN, RESULTS, question_mode
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """溆屿县政协经济界别2021年工作总结

一、2021年工作回顾

界别全年形成调研报告6篇，其中2篇调研成果进入县委决策。

二、2022年工作打算

继续承担县政协年度协商课题，力争界别调研成果有3至4项进入县委、县政府决策。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xuyu.txt", _REPORT)], tmp_path_factory.mktemp("xuyu"))


@pytest.mark.parametrize("question, mode", [
    ("力争几项调研成果进入决策", PLAN),
    ("争取几项调研成果进入决策", PLAN),
    ("调研成果实际进入决策几项", RESULTS),
])
def test_a_target_word_asks_the_plan(question, mode):
    assert question_mode(question) == mode


def test_the_target_is_answered(kb):
    assert first_line(kb, "力争几项调研成果进入决策").startswith("答：3至4项")
