"""A surname common in the south-west that starts words too (甘: 甘蔗) names people where it does not
run into a word: who holds a post. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协溆桥市第六届委员会常务委员会工作报告

一、过去五年工作回顾

围绕经济发展建言献策。2018年，经济委员会主任甘晓东带领调研组走访全市9个农业产业园区，形成调研报告1份。主席会议五年共确定重点提案41件，副主席农建平连续两年领衔督办“农村饮水安全”重点提案，推动农村自来水普及率提高到95.2%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xuqiao-names.txt", _REPORT)], tmp_path_factory.mktemp("xuqiao_names"))


def test_the_surnames_name_people_but_not_words():
    assert "甘晓东" in find_person_names("经济委员会主任甘晓东带领调研组走访园区")
    assert not any(name.startswith("甘") for name in find_person_names("委员们甘于奉献，推动甘蔗产业发展"))


def test_who_holds_the_post_is_answered(kb):
    assert "甘晓东" in first_line(kb, "经济委员会主任是谁")
