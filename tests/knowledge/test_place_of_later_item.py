"""Where asked of one of several deeds a sentence lists apart (;), the place given being another's (计划在城南
工业园设立工作室1个;计划于6月举办履职能力培训): declined; the deed the place is of still answers.
A time told with 于 (会议将于1月18日开幕) is no place either. On reports of our own."""

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


_MEETING = """政协梧桥县委员会2023年履职纪实

政协梧桥县第九届委员会第三次会议将于1月18日开幕，工作人员正在对一年来的履职台账逐项核对。

4月19日至20日，县政协于县委党校举办新任委员培训班，参训委员86人。
"""


@pytest.fixture(scope="module")
def meeting_kb(tmp_path_factory):
    document = document_from_text("wuqiao-feature-2023.txt", _MEETING)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuqiao-feature"))


def test_a_time_told_with_yu_is_no_place(meeting_kb):
    assert not meeting_kb.answer("九届三次会议在哪个会场开").answered


def test_a_place_told_with_yu_answers(meeting_kb):
    assert "县委党校" in meeting_kb.answer("新任委员培训班在哪办的").text
