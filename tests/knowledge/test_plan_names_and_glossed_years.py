"""Two ways a question or a report marks its year that are no plan of another year: a plan's name
with what lies within it (年度协商计划内工作任务9项 is a result of the year reported), and a
relative year glossed by the year written out (明年（2020年）: that year, not 明年 read from the
day the report is read). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.frames import PLAN, question_mode
from bot.knowledge.normalize import normalize_text
from bot.knowledge.question import analyse
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协溪口县委员会文史委员会2019年工作总结和2020年工作打算

——2020年1月9日

一、2019年工作回顾

全年委员会共承担县政协年度协商计划内工作任务7项，均按时完成。今年，委员会共开展重点调研3项，比上年增加1项。

二、2020年工作打算

计划开展重点调研4项，力争形成调研报告4篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("xikou.txt", _REPORT.split("\n", 1)[0], "2019", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("xikou"))


def test_a_plans_name_is_no_plan_told(kb):
    assert question_mode("承担年度协商计划内工作任务几项") is None
    assert question_mode("明年计划开展几项重点调研") == PLAN
    assert first_line(kb, "2019年委员会承担县政协年度协商计划内工作任务几项") == "答：7项（2019年）"


def test_a_relative_year_glossed_by_its_year_is_that_year(kb):
    index = kb.answerer.index
    for question, offsets in (("明年（2020年）计划开展几项重点调研？", []), ("明年计划开展几项重点调研？", [1])):
        q = analyse(question, normalize_text(question), index.segmenter, index)
        assert q.year_offsets == offsets, question
    assert first_line(kb, "明年（2020年）计划开展几项重点调研？") == "答：4项（2020年）"
    assert first_line(kb, "2019年开展了几项重点调研").startswith("答：3项")  # the year reported, not the plan
