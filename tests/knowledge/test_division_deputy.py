"""Heads of an office's divisions (宣传处处长, 信息科副科长) are posts a question asks by: 副处长 asked is
the deputy the sentence names after the head (处长甲、副处长乙), not the head. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协篁川市委员会2021年宣传工作总结

一、工作回顾

全年编印《篁川政协》杂志6期，刊发稿件233篇。市政协宣传处处长郝振岭、副处长殷若溪带领处室同志，加班加点、任劳任怨，为各项工作的完成付出了大量心血。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("huangchuan.txt", _REPORT)], tmp_path_factory.mktemp("huangchuan"))


def test_the_deputy_asked_is_the_deputy(kb):
    assert "殷若溪" in first_line(kb, "宣传处副处长叫什么")


def test_the_head_asked_is_still_the_head(kb):
    assert "郝振岭" in first_line(kb, "宣传处处长是谁")
