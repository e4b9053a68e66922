"""界别 written before a deed (营商环境界别协商, 界别活动) names no body called by the words before it: they
tell what the consultation was about, and its sentence answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协北川县委员会2022年工作报告

一、协商议政

8月，开展"优化农村人居环境"界别协商，邀请乡镇干部和村民代表40余人参加。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("beichuan.txt", _REPORT)], tmp_path_factory.mktemp("beichuan"))


def test_the_consultation_by_sectors_is_found(kb):
    assert first_line(kb, "人居环境界别协商请了多少乡镇干部和村民代表").startswith("答：40余人")
