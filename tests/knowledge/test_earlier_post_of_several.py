"""A holder of several posts holds the one asked in an earlier post that names its body in full: 学习交流办公室主任、
办公室主任 (that office's head, and the head of a group's office) answers 市政协学习交流办公室主任是谁 as it answers the
question without 市政协 — the last post alone (办公室) named another office."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协枧洲市委员会2023年委员学习交流工作总结

一、主要工作

年初成立委员学习交流工作领导小组，由市政协主席柴慕言任组长，领导小组办公室设在市政协学习交流办公室，由学习交流办公室主任郗远帆兼任办公室主任。全年组织委员学习交流活动46场，参加委员1280人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("jianzhou-study-2023", _REPORT)], tmp_path_factory.mktemp("kb"))


@pytest.mark.parametrize("question", ["市政协学习交流办公室主任是谁", "学习交流办公室主任是谁", "枧洲市政协学习交流办公室主任是哪位"])
def test_the_earlier_post_answers(kb, question):
    assert "郗远帆" in first_line(kb, question)


def test_another_body_post_is_still_declined(kb):
    assert not kb.answer("市政协文史办公室主任是谁").answered
