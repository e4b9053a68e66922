"""目标管理考核 is an appraisal by objectives, no plan told; and a question asking how many were 列入计划
(已经被采纳或列入计划的有多少条) asks a state reached, a result, not a plan.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import PLAN, is_plan, question_mode
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岭川县委员会2019年提案工作情况报告

一、办理机制

县政府将提案办理工作纳入对各部门的年度目标管理考核,分值由上年的2分提高到4分。

二、调研成果

全年共提出意见建议52条,截至12月底已有35条被有关部门吸收采纳或列入工作计划。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lingchuan.txt", _REPORT)], tmp_path_factory.mktemp("lingchuan"))


def test_appraisal_by_objectives_is_no_plan(kb):
    assert not is_plan("", "纳入对各部门的年度目标管理考核,分值提高到4分", 2019)
    assert first_line(kb, "提案办理在目标考核里的分值提到了几分").startswith("答：4分")


def test_put_into_plans_asks_a_result(kb):
    assert question_mode("建议已经被采纳或列入计划的有多少条") != PLAN
    assert question_mode("列入计划逐步解决的有多少件") == PLAN  # the category the reports tell as a plan
    assert "35条" in first_line(kb, "调研建议已经被采纳或列入计划的有多少条")


def test_a_target_is_still_a_plan():
    assert is_plan("", "目标是新建工作室5个", 2019)
    assert question_mode("今年的目标是多少") == PLAN
