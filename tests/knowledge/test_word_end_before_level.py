"""Two characters before 区政府 or 区政协 name no place when a localiser or measure word is among them (承办单位里区政府,
多少名区政协委员): the question asks about the report's own district, and must not be held to another place."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import question_places
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协柳岸区委员会关于3届2次会议以来提案工作情况的报告

一、提案办理

立案提案交由57个承办单位办理，其中区政府职能部门44个、街道（镇）13个。全区247名区政协委员中，有198名委员提交了提案。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liuan.txt", _REPORT)], tmp_path_factory.mktemp("liuan"))


def test_no_place_in_a_word_end_and_a_localiser():
    assert question_places("承办单位里区政府职能部门几个", set()) == set()
    assert question_places("全区有多少名区政协委员", set()) == set()


def test_a_place_before_the_level_is_still_read():
    assert question_places("青石区政协组织了几次视察", set()) == {"青石"}


def test_the_departments_are_counted(kb):
    assert "44个" in first_line(kb, "承办单位里区政府职能部门几个")


def test_the_members_are_counted(kb):
    assert "247名" in first_line(kb, "全区有多少名区政协委员")
