"""A move to a new post (调任省政协工作, 调入市委办公室, 转任某局局长) tells where one went: asked where
someone was moved to, the sentence is not doubted as telling no place. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协溆桥市第六届委员会常务委员会工作报告

一、过去五年工作回顾

五年间，市政协领导班子有所调整。2020年5月，韩明远同志调任省政协工作，此后由副主席邵景和主持市政协常委会日常工作。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xuqiao-move.txt", _REPORT)], tmp_path_factory.mktemp("xuqiao_move"))


def test_where_someone_was_moved_to_is_answered(kb):
    assert "省政协" in first_line(kb, "韩明远调到哪里工作了")
