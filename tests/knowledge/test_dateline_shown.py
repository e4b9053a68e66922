"""When a report was delivered is told by its dateline in brackets under the title; the answer shows that line as
its 原文, not the reporter's line under it.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """汀屿区政协文化和文史委员会2023年工作总结

（二〇二三年十二月二十日在区政协文化和文史委员会全体会议上）

区政协文化和文史委员会主任　韩思远

各位委员：

一年来，委员会共组织文史讲座6场，征集文史资料稿件42篇。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return KnowledgeBase([document_from_text("tingyu.txt", _REPORT)], tmp_path_factory.mktemp("tingyu"))


def test_the_day_delivered_is_shown_with_its_dateline(report):
    answer = report.answer("这份总结是哪天作的")
    lines = answer.text.splitlines()
    assert answer.answered and lines[0].startswith("答：二〇二三年十二月二十日")
    shown = next(line for line in lines if line.startswith("原文"))
    assert "十二月二十日在区政协文化和文史委员会全体会议上" in shown and "韩思远" not in shown


def test_who_delivered_it_is_still_shown_with_the_reporters_line(report):
    answer = report.answer("这份总结是谁作的")
    lines = answer.text.splitlines()
    assert answer.answered and "韩思远" in lines[0]
    assert "韩思远" in next(line for line in lines if line.startswith("原文"))


@pytest.mark.parametrize("question", ["这个会啥时候开的", "这次会议是哪天开的", "本次会议几号召开的"])
def test_the_meeting_pointed_at_is_the_one_delivered_at(report, question):
    # 这个会 / 这次会议 of a report delivered at a meeting is that meeting: its day is the dateline's.
    answer = report.answer(question)
    assert answer.answered and answer.text.splitlines()[0].startswith("答：二〇二三年十二月二十日")


def test_where_the_meeting_pointed_at_was_held_is_not_told(report):
    # The dateline names the meeting, never its place: 在哪开的 is declined, not answered with a place of the text.
    assert not report.answer("这次会议在哪开的").answered
