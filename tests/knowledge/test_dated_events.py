"""A paragraph telling one event a sentence, each opened by its month or day: a question naming an event by words
only another dated sentence writes (枳江河协商有多少委员参加) is not answered by the chosen sentence's own event's
figure; each event's own figure answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.dated_events import other_dated_event
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协苕原市委员会办公室2023年网络议政工作总结

2023年，市政协持续推进网络议政和远程协商。

4月，围绕"优化政务服务"开展首场网络议政，历时10天，参与委员196人，收到留言305条。7月12日，以"枳江河岸线整治"为主题开展远程协商，在市政协主会场和2个分会场同步进行，市直有关部门负责同志现场回应。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tiaoyuan.txt", _REPORT)], tmp_path_factory.mktemp("tiaoyuan_d"))


def test_another_dated_event_is_declined(kb):
    assert not kb.answer("枳江河远程协商有多少委员参加").answered


def test_the_events_own_figure_answers(kb):
    assert "196人" in first_line(kb, "首场网络议政有多少委员参与")


def test_other_dated_event():
    sentences = ["4月,开展首场网络议政,参与委员196人。", "7月12日,以\"枳江河岸线整治\"为主题开展远程协商。", "参会委员86人。"]
    assert other_dated_event(["枳江"], sentences, 0)
    assert not other_dated_event(["枳江"], sentences, 2)  # undated: carries on the event before it
    assert not other_dated_event(["首场", "委员"], sentences, 0)
    assert other_dated_event(["枳江", "远程", "委员"], sentences, 0)
