"""A document that is a speech (在…闭幕会上的讲话, with the speaker's post and name under its title) is
delivered as a report is: who made it and the day it was made are read from its head (heads_answers.py,
question.py), not from a leader the speech names as attending.  On a made-up speech of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_SPEECH = """在政协岑陂县第六届委员会第二次会议闭幕会上的讲话

（2024年1月15日）

政协岑陂县委员会主席　石文海

各位委员，同志们：

县委书记冯立群同志出席了开幕会和今天的闭幕会，并参加了界别联组讨论。本次会议共收到提案132件，经审查立案118件。

会议期间，委员们围绕县域经济发展建言献策，分组讨论发言二百余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("cenpi-closing-speech-2023.txt", _SPEECH)
    return KnowledgeBase([document], tmp_path_factory.mktemp("cenpi-speech"))


def test_who_made_the_speech(kb):
    assert "石文海" in first_line(kb, "闭幕会上讲话的是谁")
    assert "石文海" in first_line(kb, "这篇讲话是谁讲的")


def test_day_the_speech_was_made(kb):
    assert "2024年1月15日" in first_line(kb, "这个讲话是哪天讲的")


def test_speech_words_in_the_text_still_read(kb):
    assert "冯立群" in first_line(kb, "县委书记是谁")


def test_day_of_the_speech_named_by_its_speaker(kb):
    assert "2024年1月15日" in first_line(kb, "石主席闭幕讲话是哪天")
