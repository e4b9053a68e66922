"""Where asked of one of several deeds a sentence lists apart (;), the place given being another's (计划在城南
工业园设立工作室1个;计划于6月举办履职能力培训): declined; the deed the place is of still answers.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协梧桥县委员会科技界别2022年工作总结

一、2022年工作

全年组织界别活动12次，委员出勤率95%。

二、2023年工作打算

计划在城南工业园设立“科技界别委员工作室”1个；计划于6月举办界别委员履职能力培训；完善委员履职档案，力争界别活动出勤率保持在95%以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("wuqiao-science-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuqiao-science"))


def test_place_of_another_deed_listed_is_declined(kb):
    assert not kb.answer("明年履职能力培训在哪里办").answered


def test_place_of_the_deed_itself_answers(kb):
    assert "城南工业园" in kb.answer("科技界别委员工作室设在哪里").text
