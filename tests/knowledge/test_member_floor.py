"""A floor set per member in a rule (每名县政协委员全年参加…不少于3次，常务委员不少于5次): asked of every
member, it answers with the members' floor: 每名 before 县政协 names no county (other_committee.py), so that
the narrower subject's floor in the clause after it does not outrank it; and the quota is told with the
committee's level written in (quota_told.py).  On a made-up plan of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_PLAN = """政协苕洲县委员会2022年度视察工作计划

一、工作要求

　　委员参加视察活动情况纳入委员履职档案。每名县政协委员全年参加各类视察活动原则上不少于3次，常务委员不少于5次。各乡镇委员联络组每季度至少开展1场“视察在基层”活动。
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    document = document_from_text("shaozhou-inspection-plan-2022.txt", _PLAN)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shaozhou-floor"))


def test_a_members_duty_set_as_a_floor_is_answered(plan):
    assert "3次" in first_line(plan, "每个委员一年至少参加几次视察活动")


def test_the_members_floor_not_the_narrower_subjects(plan):
    assert "3次" in first_line(plan, "委员每年最少参加几次视察活动")


def test_the_narrower_subject_asked_gets_its_own(plan):
    assert "5次" in first_line(plan, "常务委员每年最少参加几次视察活动")
