"""A question naming a person as the owner of a thing and asking who acted on it (owner_named.py): 聂某那件
提案是谁督办的 is answered by the leader written with the deed, not by the named proposer; asked who the
named person is, the person named still answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.owner_named import named_as_owner
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澧川县委员会关于提案工作情况的报告

一、重点提案督办

1．聂若岚委员提出的《关于加强山塘水库安全管理的提案》，由副县长缪长庚领衔督办；
2．民盟澧川县总支提出的《关于建设城区停车场的提案》，由县政协副主席柯文瀚领衔督办。

二、优秀提案

获评优秀提案的有：聂若岚委员（县水利局高级工程师）《关于加强山塘水库安全管理的提案》、民盟澧川县总支《关于建设城区停车场的提案》。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lichuan-owner.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lichuan-owner"))


def test_owner_marked_by_words_after_name():
    assert named_as_owner("聂若岚那件提案是谁督办的", ["聂若岚"])
    assert named_as_owner("聂若岚提的提案由哪位领导督办", ["聂若岚"])
    assert not named_as_owner("聂若岚是谁", ["聂若岚"])
    assert not named_as_owner("聂若岚的职务是什么", ["聂若岚"])


def test_leader_of_named_proposers_item_answers(kb):
    line = first_line(kb, "聂若岚那件提案是谁督办的")
    assert "缪长庚" in line and "聂若岚" not in line


def test_named_person_still_answers_of_herself(kb):
    assert "县水利局" in first_line(kb, "聂若岚是哪个单位的")


_STUDIO = """柯望舟委员2024年度履职报告

一、委员工作室

2024年3月，"柯望舟委员工作室"在石桥街道政协委员联络站挂牌成立，这是全区首个以委员个人命名的委员工作室。3月22日，区政协副主席宁雪松出席挂牌仪式并为工作室授牌，勉励工作室多听群众意见。
"""


def test_named_as_the_one_a_deed_was_done_for():
    assert named_as_owner("谁给柯望舟委员工作室授的牌", ["柯望舟"])
    assert named_as_owner("谁为柯望舟颁的奖", ["柯望舟"])
    assert not named_as_owner("柯望舟给谁授的牌", ["柯望舟"])


def test_who_did_it_for_the_named_is_another(tmp_path):
    document = SourceDocument("studio.txt", _STUDIO.split("\n", 1)[0], None, _STUDIO)
    kb = KnowledgeBase([document], tmp_path)
    line = first_line(kb, "谁给柯望舟委员工作室授的牌")
    assert "宁雪松" in line
