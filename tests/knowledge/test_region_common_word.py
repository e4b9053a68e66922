"""A district whose name ends in a common word (栎湖区 ends in 湖区, a lake's area): written as a committee's
place (栎湖区政协), it is a place still, so a question asking of it is answered from its own sentence and
never with the whole city's figure. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协苕原市委员会办公室关于2023年履职平台建设情况的报告

2023年，市政协办公室扎实推进履职平台建设，委员履职信息化水平明显提升。

全年依托平台召开各类视频会议64场，节约会议经费约21万元。栎湖区政协办公室主任乔松年在区政协视频会议室建设中，推行错时预约，全年使用率达到87%。

全年市政协委员活跃率达到93.6%，县级政协委员活跃率平均为70.2%，其中峤山县仅为55.1%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tiaoyuan.txt", _REPORT)], tmp_path_factory.mktemp("tiaoyuan"))


@pytest.mark.parametrize("question, fact", [
    ("栎湖区视频会议室使用率多少", "87%"),
    ("栎湖区政协办公室主任是谁", "乔松年"),
    ("峤山县委员活跃率多少", "55.1%"),
])
def test_own_figures(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "栎湖区视频会议开了多少场",    # the city's 64场
    "栎湖区节约会议经费多少",      # the city's 21万元
    "栎湖区委员活跃率是多少",      # the city's 93.6%
])
def test_whole_city_declined(kb, question):
    assert not kb.answer(question).answered, question
