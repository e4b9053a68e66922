"""A count of members present written short (实到委员171名, 实到会委员) answers a member asking it in full
(实际到会的委员有多少): 实到 is the usual short form of 实际到 in a session's roll (synonyms.txt).
On a made-up report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岑陂县第六届委员会第二次会议闭幕词

（2024年1月15日）

各位委员：

本次会议应到委员180名，实到会委员171名，另有列席人员46名。会议收到提案132件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("cenpi-closing-roll-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("cenpi-roll"))


def test_actual_attendance_asked_in_full(kb):
    assert "171名" in first_line(kb, "这次实际到会的委员有多少")
    assert "171名" in first_line(kb, "实际到会委员多少名")
