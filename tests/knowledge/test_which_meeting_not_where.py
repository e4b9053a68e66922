"""在哪个会上, 在哪些方面 ask which meeting or aspect, and 提到哪些 what is mentioned (到 completes the verb):
no place is asked, so a sentence naming no place answers them."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协竹岭县委员会2022年工作报告

一、制度建设

修订后的"竹岭县政协委员履职管理办法"经9届常委会第3次会议审议通过。

二、协作交流

与邻近的松溪县政协签订合作协议，在竹江水质共保、茶旅线路共建等方面开展合作。

三、党派合作

各民主党派积极建言，民进、农工党和九三学社县级组织共提交集体提案15件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhuling.txt", _REPORT)], tmp_path_factory.mktemp("zhuling"))


def test_which_meeting_is_no_place(kb):
    assert "常委会第3次会议" in first_line(kb, "委员履职管理办法是在哪个会上通过的")


def test_which_aspects_is_no_place(kb):
    assert "竹江水质共保" in first_line(kb, "跟松溪县政协在哪些方面合作")


def test_mentioned_ones_are_no_place(kb):
    assert "农工党" in first_line(kb, "报告提到哪些民主党派")


def test_a_meeting_room_is_still_a_place(kb):
    assert not kb.answer("常委会第3次会议在哪个会议室开的").answered
