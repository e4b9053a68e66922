"""A report whose title names its committee's place (松洼区政协) has that place as its home: another committee named in
its first lines (桃溪区政协主席率队来松洼考察) is a neighbour it tells of, so a question naming the neighbour's chair is
answered with the neighbour's, not with the report's own. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """松洼区政协2024年履职纪实

区政协主席王建国带领委员深入一线，全年组织视察调研21次。

5月，桃溪区政协主席李文海率队来松洼考察交流，双方就协商平台建设进行座谈。

区政协副主席陈晓红主持召开民生协商会3次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("songwa-feature-2024.txt", _REPORT)], tmp_path_factory.mktemp("songwa"))


def test_home_is_the_title_place(kb):
    assert kb.index.frames[0].places == ("松洼",)


def test_neighbour_chair_is_the_neighbours(kb):
    assert "李文海" in kb.answer("桃溪区政协主席是谁").text.split("\n", 1)[0]
    assert "王建国" in kb.answer("松洼区政协主席是谁").text.split("\n", 1)[0]
