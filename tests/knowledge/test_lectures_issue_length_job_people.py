"""Counts told in lectures (网络课堂开设4讲), the length of each issue asked as 一期 (节目一期多长时间 → 每期时长
30分钟: minutes are a duration), and people of a job ending in 员 (联络员队伍168名) who are not the members asked
(委员一共多少人 is no question about them). On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """檩川市政协2022年宣传工作总结

一、电视栏目

与市电视台联合举办的电视栏目《檩川协商》全年播出12期，每期时长30分钟，节目平均收视率达到1.8%。

二、队伍建设

全市政协联络员队伍达到168名，比上年增加19名，基本实现各专门委员会、各界别全覆盖。
针对疫情形势，我们推出"联络员云课堂"，全年开设4讲，参训六百余人次。
年中在檩溪镇召开座谈会，听取了23名护林员和村民代表的意见。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linchuan.txt", _REPORT)], tmp_path_factory.mktemp("linchuan"))


def test_lectures_are_amounts():
    assert [x.text for x in find_quantities("全年开设4讲,参训600余人次")] == ["4讲", "600余人次"]
    assert [x.text for x in find_quantities("3名专家讲授")] == ["3名"]


def test_lectures_asked_are_answered_by_lectures(kb):
    assert first_line(kb, "联络员云课堂开了几讲").startswith("答：4讲")


def test_one_issue_asked_is_each_issue(kb):
    assert first_line(kb, "檩川协商一期多长时间").startswith("答：30分钟")


def test_people_of_a_job_are_not_the_members_asked(kb):
    assert not kb.answer("全市政协委员一共多少人").answered
    assert first_line(kb, "联络员队伍有多少人").startswith("答：168名")


def test_people_of_a_job_the_question_writes_are_those_asked(kb):
    assert first_line(kb, "檩溪镇座谈会听了多少名护林员和村民代表的意见").startswith("答：23名")
