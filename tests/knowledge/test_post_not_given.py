"""A person asked by name with a post the report never gives them (韩某副主席 for 提案委员会主任韩某): the
sentence naming them with another post does not answer; asked with their own post, or with none, it does.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协丹霞县委员会常务委员会工作报告

一、提案工作

确定重点提案12件，由县政协主席、副主席分别领衔督办。副主席罗志远领衔督办的《关于加快县城停车设施建设的提案》，推动新增停车泊位860个。提案委员会主任韩立东带队开展提案办理"回头看"督查，走访承办单位24家。

二、界别工作

农业界别召集人苏婉清带领界别委员开展活动，全年界别活动共计46次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("danxia.txt", _REPORT)], tmp_path_factory.mktemp("danxia"))


@pytest.mark.parametrize("question, fact", [
    ("罗志远副主席领衔督办的提案推动新增多少个停车泊位", "860个"),
    ("韩立东主任带队走访承办单位几家", "24家"),
    ("韩立东带队走访了多少家承办单位", "24家"),
])
def test_own_post(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "韩立东副主席领衔督办了哪件提案",
    "苏婉清副主席带队开展了什么活动",
])
def test_post_not_held_declined(kb, question):
    assert not kb.answer(question).answered, question
