"""A figure of one kind of meeting (全体会议, 常委会议, 主席会议) answers a question naming that kind, not one of
another kind told beside it: 全会出席率 is the plenary's, not the 第5次常委会议's; 常委会议出席率力争多少 is the
standing committee's target, not the plenary's written first.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.meeting_kinds import other_meeting
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协梧岭县委员会关于2025年度委员履职情况的通报

一、参加会议情况

1.全体会议。县政协九届四次会议于2025年1月6日至9日召开，应出席委员188名，实际出席181名，出席率为96.3%。

2.常委会议。全年召开常委会议6次，平均出席率为92.4%。其中，9月召开的第5次常委会议出席率为84.6%，为全年最低。

二、2026年工作打算

力争全体会议出席率保持在97%以上，常委会议平均出席率达到94%以上。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return KnowledgeBase([document_from_text("wuling-report.txt", _REPORT)], tmp_path_factory.mktemp("wuling"))


@pytest.mark.parametrize("question, expected", [
    ("去年全会出席率是多少", "96.3%"),
    ("今年常委会议出席率力争多少", "94%以上"),
    ("今年全体会议出席率力争多少", "97%以上"),
])
def test_meeting_kind_asked(report, question, expected):
    assert expected in first_line(report, question)


def test_other_meeting():
    sentence = "其中,9月召开的第5次常委会议出席率为84.6%,为全年最低。"
    assert other_meeting("全会出席率是多少", sentence, sentence.find("84.6%"))
    assert not other_meeting("常委会议出席率最低是多少", sentence, sentence.find("84.6%"))
    assert not other_meeting("出席率是多少", sentence, sentence.find("84.6%"))


def test_kinds_listed_together():
    """常委会议、主席会议…共有24次 counts the kinds together: not one kind's own, unless the total is asked; a
    list where each kind has its own figure (常委会议6次、主席会议11次) gives each its own."""
    sentence = "全年常委会议、主席会议和专题协商会议共有24次使用电子表决系统。"
    at = sentence.find("24次")
    assert other_meeting("主席会议开了几次", sentence, at)
    assert not other_meeting("常委会议和主席会议一共几次使用电子表决", sentence, at)
    listed = "全年召开常委会议6次、主席会议11次。"
    assert not other_meeting("主席会议开了几次", listed, listed.find("11次"))
    assert not other_meeting("常委会议开了几次", listed, listed.find("6次"))


def test_meetings_named_as_the_venue_of_what_is_counted_leave_its_count_alone():
    # The kinds name where the speeches are made; 12篇 counts speeches, not the meetings.
    sentence = "力争在市政协全体会议和常委会议上作大会发言或书面发言不少于12篇"
    assert not other_meeting("大会发言目标几篇", sentence, sentence.index("12"))
