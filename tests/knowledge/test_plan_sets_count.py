"""A count asked plainly of a thing a plan only plans (调研发多少份问卷): the plan's own figure for the noun
counted answers it (面向…发放调查问卷800份), while an outcome asked (实际来了多少人) stays declined
(plan_result.plan_sets_count); an outcome asked plainly (最后一共发出多少份) too.  On a made-up plan of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_PLAN = """政协苕洲县委员会2022年度协商工作计划

一、二〇二二年度协商议题及安排

　　推进县域养老服务体系建设。计划于8月份召开，由社会和法制委员会牵头。5月至7月开展养老服务前期调研，组织委员走访敬老院9所，面向老人和家属发放调查问卷800份。
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    document = document_from_text("shaozhou-plan-2022.txt", _PLAN)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shaozhou-sets"))


def test_the_plans_own_figure_answers_a_plain_count(plan):
    assert "800份" in first_line(plan, "养老调研发多少份问卷")


def test_an_outcome_of_the_planned_meeting_is_declined(plan):
    assert not plan.answer("养老服务专题协商会实际来了多少人").answered


def test_an_outcome_asked_without_its_perfective_is_declined(plan):
    assert not plan.answer("养老调研最后一共发出多少份问卷").answered
