"""A count of those a deed reached: not the base a share is taken of (占委员总数97名的88.7%: share_base.py), nor
those the sentence says never did it, with a span of time before the denial (11名委员全年未参加:
negated_deeds.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.facts import find_quantities
from bot.knowledge.negated_deeds import denied_deed_unasked
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.share_base import share_base

from .conftest import first_line

_REPORT = """政协柃溪市委员会2023年委员工作室工作总结

一、主要成效

全年有86名市政协委员参加过工作室活动，占市政协委员总数97名的88.7%，其中参加5场以上的委员有40名。

二、存在的不足

部分委员参加工作室活动积极主动；但也有11名市政协委员全年未参加工作室活动，履职能力有待提高。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lingxi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lingxi"))


def test_those_who_took_part_not_the_base_nor_those_who_never_did(kb):
    assert "86名" in first_line(kb, "全年参加过工作室的市政协委员有多少名")


def _amount(sentence: str, text: str):
    return next(x for x in find_quantities(sentence) if x.text.startswith(text))


def test_share_base_unless_the_whole_is_asked():
    sentence = "全年有86名委员参加过活动,占委员总数97名的88.7%。"
    assert share_base("参加过活动的委员有多少名", sentence, _amount(sentence, "97"))
    assert not share_base("参加过活动的委员有多少名", sentence, _amount(sentence, "86"))
    assert not share_base("委员总数多少名", sentence, _amount(sentence, "97"))


def test_a_denial_after_a_span_of_time():
    sentence = "但也有11名市政协委员全年未参加工作室活动。"
    assert denied_deed_unasked("参加过工作室的委员有多少名", ["参加", "工作室"], sentence, _amount(sentence, "11"))
