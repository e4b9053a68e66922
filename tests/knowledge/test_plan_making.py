"""A plan's preamble telling how the plan was made in the last months of the year before (plan_making.py):
asked as a deed done (提了几条, 确定了几项) or of the plan's year (今年征集收到多少条), it answers both.
On a made-up plan of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_PLAN = """政协苕洲县委员会文件

苕政协发〔2022〕4号

关于印发《政协苕洲县委员会2022年度协商工作计划》的通知

各专门委员会、各乡镇委员联络组：

政协苕洲县委员会2022年度协商工作计划

　　做好今年的政协协商工作，要紧扣县委确定的目标任务。2021年10月至11月，县政协办公室通过书面征集和座谈走访等方式，共征集到协商议题建议64条，其中县政府部门提出18条，各界别提出25条，委员个人提出21条。经主席会议两次专题研究，最终确定十二项重点协商议题。

一、二〇二一年协商工作简要回顾

　　全年共开展各类协商活动28场，提出意见建议109条。

二、二〇二二年协商议题及安排

　　全年安排专题协商会3场，由经济委员会牵头。
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    document = document_from_text("shaozhou-consultation-plan-2022.txt", _PLAN)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shaozhou-plan"))


def test_a_count_told_of_the_plans_making_answers_a_deed_done(plan):
    assert "25条" in first_line(plan, "各界别提了几条")
    assert "21条" in first_line(plan, "委员个人提了多少条议题建议")


def test_the_sentence_after_the_dated_one_tells_the_making_too(plan):
    assert "12项" in first_line(plan, "今年确定了几项重点协商议题") or "十二项" in first_line(plan, "今年确定了几项重点协商议题")


def test_the_plans_making_answers_a_question_of_the_plans_year(plan):
    assert "64条" in first_line(plan, "今年议题征集一共收到多少条建议")


def test_a_plan_told_later_stays_a_plan(plan):
    assert "3场" in first_line(plan, "今年计划开几场专题协商会")
