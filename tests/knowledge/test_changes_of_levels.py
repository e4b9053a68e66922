"""A change asked (收入增长多少, 捐款比去年涨了多少): the difference told after the level answers, a rate
too when money is asked; a bare change verb (，增长76.7%) names no item of a list, it goes on with the clause
before it; a level a change reaches (增至2022年的15.2万元) is no difference. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协松岭区委员会农业界别2022年履职工作总结

一、帮扶工作

界别结对帮扶石竹村。石竹村村集体经济收入由2021年的5.2万元增至2022年的9.1万元，增长75%；全村农村居民人均可支配收入达到1.46万元，比上年增长9.6%。

二、公益活动

全年界别委员捐款捐物折合人民币42.5万元，比上年增长18%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("songling.txt", _REPORT)], tmp_path_factory.mktemp("songling"))


@pytest.mark.parametrize("question, expected, wrong", [
    ("石竹村人均收入增长多少", "9.6%", "75%"),
    ("石竹村集体经济收入增长多少", "75%", "9.1万元"),
    ("石竹村集体收入增长了百分之几", "75%", "9.6%"),
])
def test_the_change_of_the_level_asked(kb, question, expected, wrong):
    shown = first_line(kb, question).split("（")[0]
    assert expected in shown and wrong not in shown


def test_a_rate_answers_how_much_money_grew(kb):
    assert "18%" in first_line(kb, "委员捐款比去年涨了多少").split("（")[0]


@pytest.mark.parametrize("question, expected", [
    ("石竹村人均可支配收入多少", "1.46万元"),
    ("委员捐款捐物一共多少钱", "42.5万元"),
])
def test_the_levels_still_answer(kb, question, expected):
    assert expected in first_line(kb, question).split("（")[0]
