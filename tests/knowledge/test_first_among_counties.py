"""Which county or district did the most (哪个县区最多): a sentence saying one stands first among the counties
(居4个县(区)首位) ranks them, and a 区 answers 县区 as a 县 does. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰市政协2023年工作总结

一、基层协商

在5个县(区)全面建成"有事好商量"协商议事室，全年开展基层协商议事活动1260余次，其中北岗区开展305次，居5个县(区)首位。

市政协组织委员开展视察活动11次，提出意见建议47条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan20.txt", _REPORT)], tmp_path_factory.mktemp("fengyan20"))


def test_first_among_the_counties_is_the_most(kb):
    assert "北岗区" in first_line(kb, "基层协商议事活动哪个县区最多")
