"""Names listed before a count of people that says how many they are (钟以宁、海若岚2名委员): the count tells
each is a person, though one has a rarer surname (海) or a character that often ends a name's run (以), as
long as none is a word of the general dictionary (people.py).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.people import find_person_names

from .conftest import first_line

_REPORT = """雁湄县政协农业界别2023年度履职工作总结

一、自身建设

界别现有委员18名。5月增补的钟以宁、海若岚2名委员参加了新任委员培训，较快进入履职角色。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lake.txt", _REPORT)], tmp_path_factory.mktemp("counted-names"))


def test_counted_people_answer(kb):
    line = first_line(kb, "增补的两名委员是谁")
    assert "钟以宁" in line and "海若岚" in line


def test_bodies_counted_are_no_names(kb):
    segmenter = kb.segmenter
    found = find_person_names("市委、市政府2名领导出席会议。", segmenter.word_frequency)
    assert not found & {"市委", "市政府"}
