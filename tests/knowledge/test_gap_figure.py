"""A shortfall's figure (社工缺口约260人) counts those missing: asked how many there are, the count told elsewhere
answers (or the bot declines), never the shortfall; asked the shortfall, it answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.gap_figure import gap_unasked
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澪沙区委员会社区治理专题协商会纪要

一、部门通报

截至2024年底，全区已建成社区服务站56个。持证社区工作者1840人，持证率为92%。

二、委员发言

（一）区政协委员蘅港：加强社工队伍建设。她说，按照省定配备标准测算，全区持证社区工作者缺口约260人，年流失率偏高。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lingsha.txt", _REPORT)], tmp_path_factory.mktemp("lingsha"))


@pytest.mark.parametrize("question, expected", [
    ("全区持证社区工作者多少人", "答：1840人"),
    ("全区持证社区工作者缺口大概多少", "答：约260人"),
])
def test_a_shortfall_answers_only_when_asked(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


@pytest.mark.parametrize("question, unasked", [
    ("病床有多少张", True),
    ("病床还缺几张", False),
    ("病床差多少张", False),
])
def test_gap_unasked(question, unasked):
    sentence = "全县病床尚缺120张"
    assert gap_unasked(question, sentence, find_quantities(sentence)[0]) is unasked
