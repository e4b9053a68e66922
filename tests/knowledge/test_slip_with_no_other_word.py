"""A question whose only content word is slipped (长委有多少名 for 常委有多少名) has no other word of
the documents to find a passage by: its lone slipped character is read against all the documents'
text, and mended only into a word they write that exactly one character read alike gives. On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """政协蒲溪县委员会2023年工作报告

一、自身建设

本届县政协共有委员198名，其中常委37名。
全年召开常委会议4次，开展专题协商3次。

二、提案工作

全年共收到提案156件，经审查立案139件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("puxi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("puxi-slip"))


def test_a_lone_slip_with_no_other_word_is_mended(kb):
    corrected, fixes = kb.answerer.index.correct("长委有多少名")
    assert corrected.startswith("常委") and fixes >= 1


def test_the_mended_question_is_answered(kb):
    answer = kb.answer("长委有多少名")
    assert answer.answered and "37名" in answer.text.split("\n", 1)[0]


def test_a_question_the_documents_do_not_touch_stays(kb):
    corrected, _ = kb.answerer.index.correct("明天会下雨吗")
    assert corrected == "明天会下雨吗"
