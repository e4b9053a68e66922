"""在哪 asks where, but not inside a word ending in 在 (存在哪些不足, 现在哪些, 正在哪些): those ask which things,
a what-question (question.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.question import KIND_WHERE, analyse

_REPORT = """云川县政协教科卫体委员会2023年工作总结

一、主要工作

全年组织委员开展视察调研9次，形成调研报告4篇，提出意见建议36条。召开专题协商会1场，委员发言7人次。

二、存在的不足

一年来，委员会工作仍存在一些不足：一是调研成果转化不够充分；二是委员履职积极性有待提高；三是协商形式还不够丰富。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("yunchuan.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("yunchuan"))


def _kind(kb, question: str) -> str:
    return analyse(question, question, kb.answerer.segmenter, kb.answerer.index).kind


def test_a_word_ending_in_zai_before_which_asks_no_place(kb):
    assert _kind(kb, "总结里说存在哪些不足") != KIND_WHERE
    assert _kind(kb, "委员会工作存在哪些问题") != KIND_WHERE
    assert _kind(kb, "正在哪些方面推进") != KIND_WHERE


def test_zai_na_still_asks_where(kb):
    assert _kind(kb, "专题协商会在哪开的") == KIND_WHERE
    assert _kind(kb, "委员会在哪办公") == KIND_WHERE
