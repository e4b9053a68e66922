"""Two characters before 区委/县委 that end in 后 or 时 (报送后区委, 会议时县委) name no place: the question
is about the report's own place, not another committee's. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协安溪区委员会2022年工作报告

一、民主监督

专项监督报告报送区委后，区委主要领导批示要求"举一反三，完善制度"。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("anxi.txt", _REPORT)], tmp_path_factory.mktemp("anxi"))


def test_the_instruction_is_answered(kb):
    assert "举一反三" in first_line(kb, "专项监督报告报送后区委主要领导批示要求什么")
