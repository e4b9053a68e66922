"""A workplace asked by a short form of its name (莲藕合作社的理事长, its name then its kind word) is held by
one whose post writes the full name (某镇某村莲藕专业合作社理事长: post_words.body_held); another
workplace of the kind is not. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.post_words import body_held

_REPORT = """棠樾县政协2022年委员履职情况通报

（2022年12月28日）

一、履职情况

菰浦镇委员工作室由县政协委员、菰浦镇湖心村莲藕专业合作社理事长纪晚棠担任召集人，全年组织委员开展调研5次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("tangyue-members-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("tangyue-members"))


def test_a_workplace_by_a_short_form_of_its_name(kb):
    assert "纪晚棠" in kb.answer("那个莲藕合作社的理事长叫啥").text.split("\n")[0]


def test_body_held():
    role = "县政协委员、菰浦镇湖心村莲藕专业合作社理事长"
    assert body_held("莲藕合作社的理事长是谁", role)
    assert not body_held("茶叶合作社的理事长是谁", role)
    assert not body_held("县中医院的院长是谁", "青石镇卫生院院长")
