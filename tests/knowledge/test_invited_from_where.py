"""Where the people invited come from (请的哪里的专家, 请了哪里的同志来授课) is told by the body named between the
verb of inviting and them (邀请省委党校、市委讲师团专家授课, 邀请某市政协提案委员会的同志): that sentence answers, though it
writes no place; one inviting 专家 of no body named is still declined.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.checks import origin_told
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岷屿县政协2021年工作报告

一、加强学习

举办"委员学习讲堂"8期，邀请省委党校、市委讲师团专家授课，参加委员720余人次。

举办提案工作培训班3期，培训委员152人次，邀请岷州市政协提案委员会的同志专题授课。

举办委员读书班2期，邀请专家导读，参加委员96人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("minyu.txt", _REPORT)], tmp_path_factory.mktemp("minyu"))


@pytest.mark.parametrize("question, answer", [
    ("学习讲堂请的哪里的专家授课", "省委党校、市委讲师团专家"),
    ("培训班请了哪里的同志来授课", "岷州市政协提案委员会"),
])
def test_the_body_invited_from_answers(kb, question, answer):
    assert answer in first_line(kb, question)


def test_experts_of_no_body_named_tell_no_origin():
    assert not origin_told("读书班请的哪里的专家", "举办委员读书班2期,邀请专家导读")
    assert origin_told("读书班请的哪里的专家", "举办委员读书班2期,邀请省社科院专家导读")
