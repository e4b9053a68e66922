"""Themes asked (讲了哪些主题) are told as several topics listed after 围绕 (围绕A、B、C作专题辅导), not by
a sentence that only has the word 主题 (举办"…"主题展览). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协青峦区委员会2022年工作报告

一、学习培训

开办"青峦委员讲堂"，全年举办3期，分别邀请专家学者围绕绿色金融、智慧城市、非遗保护作专题辅导。

二、界别活动

文化艺术界委员创作书画作品80余件，在区文化馆举办"丹青颂青峦"主题展览。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingluan.txt", _REPORT)], tmp_path_factory.mktemp("qingluan"))


def test_the_topics_listed_are_the_themes(kb):
    line = first_line(kb, "委员讲堂去年讲了哪些主题")
    assert "绿色金融" in line and "智慧城市" in line
