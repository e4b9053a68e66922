"""Two things asked in one message (…多少场？…是谁？): the first line carries the first part's answer
(答：1. …), the second part on the line under it, never a bare 答：. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """枫溪县政协2023年工作总结

（二〇二三年十二月二十六日）

2023年，枫溪县政协共组织协商活动23场，立案提案141件。县政协主席韩启明带队赴各乡镇开展专题调研。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengxi.txt", _REPORT)], tmp_path_factory.mktemp("fengxi"))


def test_first_line_carries_the_first_answer(kb):
    answer = kb.answer("枫溪县政协组织协商活动多少场？县政协主席是谁？")
    assert answer.answered and answer.kind == "multi"
    first, second = answer.text.split("\n")[:2]
    assert first.startswith("答：1. ") and "23场" in first
    assert second.startswith("2. ") and "韩启明" in second
