"""A deputy's post asked as 副秘书长有谁 (not only 是谁) is not answered by the holder of the full post
(秘书长程某). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协云岭县委员会常务委员会工作报告

一、机关建设

坚持全面从严治党，深化"清廉机关"建设。秘书长程远航带领机关干部开展"我为委员办实事"活动，办成实事28件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yunling.txt", _REPORT)], tmp_path_factory.mktemp("yunling"))


def test_holder_told(kb):
    assert "程远航" in first_line(kb, "县政协秘书长有谁")


@pytest.mark.parametrize("question", ["县政协副秘书长有谁", "县政协副秘书长都有哪些人"])
def test_deputy_declined(kb, question):
    assert not kb.answer(question).answered, question
