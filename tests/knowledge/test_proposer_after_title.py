"""Who proposed a proposal, written after its title (“关于…的提案”，由某党派某县委员会提出), as well as
before it (某委员提出的“…”). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协枫桥县委员会关于2019年提案工作情况的报告

一、重点提案督办

县委书记邹明远领衔督办的"关于推进城乡供水一体化的提案"，由农工党枫桥县支部提出。
县长韦国栋督办的"关于加快老旧小区改造的提案"，由民建枫桥县总支提出，年内改造小区14个。
委员岑晓梅提出的"关于发展林下经济的提案"，得到县林业局采纳。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("fengqiao.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("fengqiao"))


def test_the_proposer_after_the_title_not_the_leader_who_supervised(kb):
    line = first_line(kb, "城乡供水一体化那个提案是谁提的")
    assert "农工党枫桥县支部" in line and "邹明远" not in line
    assert "民建枫桥县总支" in first_line(kb, "老旧小区改造的提案是谁提出的")


def test_the_proposer_before_the_title_still_answers(kb):
    assert "岑晓梅" in first_line(kb, "林下经济的提案是谁提的")
