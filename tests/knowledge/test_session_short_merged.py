"""A session asked short (七届三次会议) is one word of the question, matched to the session however the text
writes it (第7届委员会第3次会议), even where the text also writes it short (7届3次会议以来) and so makes
届3次 a word of its own that the question's lone characters first merge into. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.question_words import question_words

from .conftest import first_line

_REPORT = """砚坪县政协2022年工作回顾

2022年2月15日至17日，政协砚坪县第七届委员会第三次会议在县会堂召开，会期3天，应出席委员215名，实到委员204名。
会议期间，大会发言11人次，书面发言26篇。

七届三次会议以来，县政协共收到提案188件，经审查立案171件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("yanping.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("yanping"))


def test_merged_session_rest_joins_its_term():
    assert question_words(["7", "届3次", "会议"]) == ["7届3次", "会议"]
    assert question_words(["7", "届3次会议"]) == ["7届3次", "会议"]


@pytest.mark.parametrize("question, fact", [
    ("七届三次会议会期几天", "3天"),
    ("七届三次会议实到委员多少名", "204名"),
])
def test_session_asked_short_finds_the_full_name(kb, question, fact):
    assert fact in first_line(kb, question)
