"""A deed told with 被 after an amount narrows it to those the deed reached (其中9条被采纳), unless a word
of all stands before 被 (6条建议全部被采纳): then the figure is the whole and answers how many were made.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.passive_deeds import passive_deed_unasked
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协南枫市委员会常务委员会2022年工作报告

一、协商议政

9月,围绕"老旧街区微更新"召开专题协商会,提出的"口袋公园"6条建议全部被采纳。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("nanfeng.txt", _REPORT)], tmp_path_factory.mktemp("nanfeng"))


def test_all_adopted_answers_how_many_made(kb):
    assert "6条" in first_line(kb, "口袋公园提了几条建议")


def test_a_part_adopted_still_narrows():
    sentence = "提出建议20条,其中9条建议被采纳"
    quantity = [x for x in find_quantities(sentence) if x.text == "9条"][0]
    assert passive_deed_unasked("提了几条建议", [("建议",)], sentence, quantity)
    whole = "提出的6条建议全部被采纳"
    assert not passive_deed_unasked("提了几条建议", [("建议",)], whole, find_quantities(whole)[0])
