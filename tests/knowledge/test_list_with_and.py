"""Several items asked by their number (“四项机制”是哪四项) are told by a 、 list whose last item is joined by
和 / 与 / 及 (A、B、C和D): that list holds one item more than its 、 say, and answers. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.neighbour_parts import _items_fewer
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岚桥区政协2022年工作回顾

2022年，区政协建立“四项机制”，即委员联络机制、提案督办机制、协商反馈机制和履职考评机制，全年开展督办活动26次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanqiao.txt", _REPORT)], tmp_path_factory.mktemp("lanqiao"))


@pytest.mark.parametrize("shown, fewer", [
    ("即甲机制、乙机制、丙机制和丁机制,全年", False),
    ("即甲机制、乙机制和丙机制", True),  # three told, four asked
    ("即甲机制、乙机制、丙机制", True),
])
def test_items_fewer(shown, fewer):
    assert _items_fewer('"4项机制"是哪4项?', shown) is fewer


def test_the_list_joined_by_and_answers(kb):
    assert "履职考评机制" in first_line(kb, "“四项机制”是哪四项？")
