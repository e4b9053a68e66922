"""A where-question of a meeting or a thing held is not answered by a clause telling no place of it: 围绕乡村振兴
names no township (乡村 is the countryside: place_reading._NAMED_PLACE); the part of a sentence on another numbered
session (常委会第7次会议…赴某县调研) gives that session's place, not the 第9次's asked (vague_place.place_of_other_session);
a trip's destination (赴某地区学习考察) is not where a forum is held (vague_place.trip_for_held); a meeting told as
the occasion of a deed (在…第5次会议上) is no place (vague_place.only_occasion_told).  On text of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.vague_place import only_occasion_told, place_of_other_session, trip_for_held

_PLAN = """政协杞湾县委员会农业委员会2024年工作计划

一、全会准备

2025年1月，县政协将召开八届五次会议，委员会将提前谋划，精心组织委员围绕乡村振兴撰写提案和大会发言材料。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qiwan.txt", _PLAN)], tmp_path_factory.mktemp("qiwan"))


def test_the_countryside_is_no_place(kb):
    assert "乡村振兴" not in kb.answer("八届五次会议在哪开").text.split("\n", 1)[0]


_SESSIONS = ("4月,常委会第7次会议围绕文旅融合专题议政,前期组织委员赴邴山县等地调研13次;"
             "8月,常委会第9次会议围绕城市更新专题议政,市长到会与委员互动交流。")


def test_the_place_of_another_session():
    assert place_of_other_session("常委会第9次会议在哪开的", "前期组织委员赴邴山县等地调研13次", _SESSIONS)
    assert not place_of_other_session("常委会第7次会议在哪开的", "前期组织委员赴邴山县等地调研13次", _SESSIONS)
    assert not place_of_other_session("培训班在哪办", "前期组织委员赴邴山县等地调研13次", _SESSIONS)


def test_a_trip_is_not_where_a_thing_is_held():
    trip = "并计划组织委员赴荇塘地区学习考察1次"
    assert trip_for_held("两市论坛明年在哪里举办", ["两市", "论坛", "明年", "举办"], trip)
    assert not trip_for_held("委员去哪考察学习", ["委员", "考察", "学习"], trip)
    assert not trip_for_held("培训班在哪里举办", ["培训班", "举办"], "在荇塘县委党校举办培训班")


def test_a_meeting_as_an_occasion_is_no_place():
    assert only_occasion_told("(2025年1月9日在政协杞湾县第8届委员会第5次会议上)")
    assert not only_occasion_told("在杞湾会议中心召开")
    assert not only_occasion_told("在杞湾县行政中心召开的第5次会议上")
