"""Asked how many members or standing members the committee has, naming it (市政协委员总共有多少名, 市政协常委
一共多少人, 全市政协委员一共有多少名), a sector's or an activity group's own membership (本界别现有委员34名，其中
市政协常委5名; 活动组由…组成，现有市政协委员27名) is no answer: declined (part_body.py, body_size.PART_BODY).
Asked with no body named, or of the part, the part's report still answers of itself. On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from bot.knowledge.part_body import asks_whole_committee, counts_part_members

from .conftest import first_line

_SECTOR = """榧湾市政协农工界别2023年工作总结

一、界别基本情况

本界别现有委员34名，其中市政协常委5名；来自农业科研单位的委员12名。界别召集人由勾海平担任。

二、履职情况

全年界别委员提交提案21件，苑杏岚委员的提案被评为优秀提案。
"""
_GROUP = """榧湾市政协联合界别活动组2023年工作总结

一、活动组基本情况

活动组由文艺界、社科界两个界别组成，现有市政协委员27名，其中文艺界委员15名、社科界委员12名。

二、履职情况

全年活动组开展调研4次，提出建议19条。
"""


def _kb(tmp_path_factory, text: str, name: str) -> KnowledgeBase:
    document = SourceDocument(f"{name}.txt", text.split("\n", 1)[0], None, text)
    return KnowledgeBase([document], tmp_path_factory.mktemp(name))


@pytest.fixture(scope="module")
def sector(tmp_path_factory):
    return _kb(tmp_path_factory, _SECTOR, "feiwan_sector")


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    return _kb(tmp_path_factory, _GROUP, "feiwan_group")


@pytest.mark.parametrize("question", ["市政协委员总共有多少名", "市政协常委一共多少人", "全市政协委员一共有多少名"])
def test_a_sectors_members_are_not_the_committees(sector, question):
    assert not sector.answer(question).answered, question


def test_a_groups_members_are_not_the_committees(group):
    assert not group.answer("市政协委员总共有多少名").answered


def test_the_part_still_answers_of_itself(sector, group):
    assert first_line(sector, "委员有多少名").startswith("答：34名")
    assert "5名" in first_line(sector, "界别里有几名市政协常委")
    assert "27名" in first_line(group, "活动组现有市政协委员多少名")
    assert "15名" in first_line(group, "榧湾市政协文艺界委员有多少名")


def test_the_reading():
    assert asks_whole_committee("市政协委员总共有多少名")
    assert not asks_whole_committee("界别里有几名市政协常委")
    assert asks_whole_committee("政协榧湾市委员会共有委员多少名")  # the committee itself, not a special committee
    assert not asks_whole_committee("提案委员会有几名委员")
    assert not asks_whole_committee("榧湾市政协文艺界委员有多少名")  # a sector named by its field
    sentence = "本界别现有委员34名，其中市政协常委5名。"
    assert counts_part_members("市政协常委一共多少人", sentence, sentence.index("5名"))
    whole = "本届政协现有委员412名，其中常委68名。"
    assert not counts_part_members("市政协委员总共有多少名", whole, whole.index("412名"))
    assert not counts_part_members("市政协常委一共多少人", whole, whole.index("68名"))
