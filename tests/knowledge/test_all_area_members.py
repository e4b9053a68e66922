"""Asked how many members the committee has by the area it serves (全市政协委员一共有多少名), the question
only asks a size, as 市政协委员一共有多少名 does: an amount of members who did something (安排126名委员联系全市46个重点项目)
is no answer (body_size.py, DOERS), while all the area's members doing something (带领全市306名政协委员奔走…)
are all of them. On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_DOERS = """政协榧湾市委员会2023年工作报告

一、服务群众

市政协建立“委员联系重点项目”制度，安排126名委员联系全市46个重点项目，帮助协调解决问题37个。
"""
_ALL = """政协榧湾市委员会2023年工作报告

一、总体情况

这一年，市政协团结带领全市306名政协委员奔走在田间地头、车间厂房，全年开展协商活动21次。
"""


def _kb(tmp_path_factory, text: str, name: str) -> KnowledgeBase:
    document = SourceDocument(f"{name}.txt", text.split("\n", 1)[0], None, text)
    return KnowledgeBase([document], tmp_path_factory.mktemp(name))


@pytest.fixture(scope="module")
def doers(tmp_path_factory):
    return _kb(tmp_path_factory, _DOERS, "feiwan_doers")


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    return _kb(tmp_path_factory, _ALL, "feiwan_all")


@pytest.mark.parametrize("question", ["全市政协委员一共有多少名", "全市委员总共有多少名"])
def test_members_who_did_something_are_not_all_the_areas(doers, question):
    assert not doers.answer(question).answered, question


def test_all_the_areas_members_answer(whole):
    assert first_line(whole, "全市政协委员一共有多少名").startswith("答：306名")
    assert first_line(whole, "市政协委员一共有多少名").startswith("答：306名")


def test_those_who_did_it_still_answer_when_asked(doers):
    assert "126名" in first_line(doers, "安排多少名委员联系重点项目")
