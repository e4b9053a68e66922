"""A room's or a site's size asked (用了多大的用房, 场地有多大) wants an area (平方米), not the places counted
beside it; a charge asked plainly (一个月收多少) wants money, and 一个月收 stands for 月收费.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

from .conftest import first_line

_REPORT = """政协椋川区委员会关于社区助餐服务的专题协商会纪要

一、委员发言

区政协委员、芷溪社区党委书记发言说，芷溪社区利用闲置物业用房310平方米改建老年食堂，提供餐位80个，月收费560元，老人满意度很高。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liangchuan.txt", _REPORT)], tmp_path_factory.mktemp("liangchuan"))


@pytest.mark.parametrize("question, expected", [
    ("芷溪社区老年食堂用了多大的闲置用房", "答：310平方米"),
    ("芷溪社区老年食堂一个月收多少", "答：560元"),
])
def test_size_and_charge(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


def _asked(kb, question):
    return analyse(question, question, kb.answerer.segmenter, kb.answerer.index)


def test_what_is_asked(kb):
    assert _asked(kb, "活动场地有多大").unit_class == "面积"
    assert _asked(kb, "一个月收多少").wants_money
    assert not _asked(kb, "今年收了多少件提案").wants_money
