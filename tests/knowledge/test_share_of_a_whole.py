"""占 and the whole before 多少 (占委员总数多少, 占全部提案的多少) asks a share, answered by the percentage,
not by the count the sentence gives first; 占地 and 占用 ask no share. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协宁川区委员会2021年工作报告

一、提案工作

全年共有86名委员提交提案，占委员总数的41.3%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("ningchuan.txt", _REPORT)], tmp_path_factory.mktemp("ningchuan"))


def test_the_share_of_the_whole(kb):
    assert first_line(kb, "提交提案的委员占委员总数多少").startswith("答：41.3%")


def test_the_count_is_still_answered(kb):
    assert first_line(kb, "提交提案的委员有多少名").startswith("答：86名")
