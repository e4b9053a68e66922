"""按计划完成 tells a result, done as planned, and a plan named beside another thing (年度协商计划与
中心工作同频共振) governs nothing after it: the figure asked as done (定了几个议题) is answered.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协江阴湾市委员会2021年工作报告

一、协商议政

坚持年度协商计划与市委中心工作同频共振，年初制定的9个协商议题全部按计划完成。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("jiangyinwan.txt", _REPORT)], tmp_path_factory.mktemp("jiangyinwan"))


def test_topics_done_as_planned_are_a_result(kb):
    assert first_line(kb, "年初定了几个协商议题").startswith("答：9个")
