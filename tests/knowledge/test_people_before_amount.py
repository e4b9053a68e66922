"""An amount counts the people named right before it as well as after (共有委员186名): asked how
many of another kind there are (常委有多少名), the whole membership is no answer; asked the members,
it is, and so is a group of them told beside."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协白桦县第八届委员会常务委员会工作报告

——2023年1月10日在政协白桦县第八届委员会第三次会议上

一、2022年主要工作

加强委员队伍建设。本届县政协共有委员186名，其中中共党员委员71名、党外委员115名。全年组织委员参加视察、调研等活动900余人次。
开展读书分享活动30场，参与委员和各界群众650余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("baihua-2022.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("baihua"))


def test_the_membership_answers_the_members(kb):
    assert first_line(kb, "县政协委员一共有多少名？").startswith("答：186名")
    assert first_line(kb, "党外委员有多少名？").startswith("答：党外委员115名")


def test_the_membership_is_no_count_of_another_kind(kb):
    assert not kb.answer("县政协常委一共有多少名？").answered


def test_the_asked_people_among_those_named_before(kb):
    assert first_line(kb, "读书分享活动委员一共多少人次参加？").startswith("答：650余人次")
