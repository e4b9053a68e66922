"""A day told with the part of the day right after it (1月11日上午) answers a when-question with the part
(fullest_date.py): the morning's meeting is not the afternoon's.  A span of days keeps its own shape.
On a made-up report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岑陂县第六届委员会第二次会议闭幕词

（2024年1月15日）

各位委员：

1月13日下午，会议举行了大会发言，有12位委员作了口头发言。

1月14日上午，全体委员参加了界别联组讨论，县委书记到会听取意见。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("cenpi-closing-day-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("cenpi-day"))


def test_part_of_day_after_the_day(kb):
    assert "1月13日下午" in first_line(kb, "大会发言是哪天")
    assert "1月14日上午" in first_line(kb, "界别联组讨论什么时候开的")
