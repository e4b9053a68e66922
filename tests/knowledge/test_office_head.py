"""Who heads an office: a post written before its holder and 由…担任 (委员会办公室主任由某同志担任) is learned
(post_then_holder.py); in a committee's own report, 委员会办公室 is that committee's office; a bare 办公室 after
another post in a compound role (县政协副秘书长、办公室主任) is the office of that post's body, not the
committee's asked (post_holders._answer_post_holder).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.post_then_holder import post_then_holder
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """政协苍梧县委员会文化文史委员会2024年工作总结

一、自身建设

文化文史委员会现有组成人员18名。委员会办公室主任由符晓岚同志担任。县政协副秘书长、办公室主任詹立平多次指导委员会规范化建设。

二、履职成效

全年开展视察调研6次，提出意见建议31条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-wenshi.txt", _TEXT.split("\n", 1)[0], "2024", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("office-head"))


def test_the_committees_office_head_answers(kb):
    assert "符晓岚" in first_line(kb, "文化文史委办公室主任是谁")


def test_the_cppccs_office_head_answers(kb):
    assert "詹立平" in first_line(kb, "县政协办公室主任是谁")


def test_a_post_before_its_holder():
    assert post_then_holder("委员会办公室主任由符晓岚同志担任。", ["符晓岚"], ("主任",)) == [("符晓岚", "委员会办公室主任")]
    assert post_then_holder("成立调研组，由符晓岚担任组长。", ["符晓岚"], ("组长",)) == []
