"""A level's own body asked with the youth league or a party before it (团市委书记, 民盟县委主委) is another body than the one
told (市委书记何某): its holder is not told (post_holders._another_before); a place or 政协 before it names the same
(市政协 for 政协).  An age asked (平均年龄多大) wants 岁, never a wage in 元 (measure_asked._MEASURE_CLASSES); a deed's rate asked (办结率)
is no share told in a sentence never writing the deed (neighbour_parts._DEED_RATE); a line on the ground asked
(干流有多长) wants a length, a tax cut asked (减免多少税) money.
On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.neighbour_parts import neighbour_part_doubt
from bot.knowledge.post_holders import _another_before
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

from .conftest import first_line

_WAGES = """政协枞溪市委员会关于托育服务的专题协商会纪要

一、委员发言

市委书记何远帆出席会议并讲话。市政协委员范书衡发言说，全市保育师平均月薪4120元，年流失率较高。
"""

_AGES = """政协栎泉县委员会经济界别2024年工作总结

一、界别概况

界别现有委员36名，委员平均年龄47.2岁。召集人邝立川带领委员开展调研5次。
"""


@pytest.fixture(scope="module")
def wages(tmp_path_factory):
    return KnowledgeBase([document_from_text("congxi.txt", _WAGES)], tmp_path_factory.mktemp("congxi"))


@pytest.fixture(scope="module")
def ages(tmp_path_factory):
    return KnowledgeBase([document_from_text("liquan.txt", _AGES)], tmp_path_factory.mktemp("liquan"))


def test_the_level_body_asked_answers(wages):
    assert "何远帆" in first_line(wages, "市委书记是谁")


def test_another_body_before_the_level_is_not_told(wages):
    assert "何远帆" not in wages.answer("团市委书记是谁").text


def test_a_word_before_a_level_body():
    assert _another_before("团市委", "市委")
    assert _another_before("民盟县委", "县委")
    assert not _another_before("市政协", "政协")
    assert not _another_before("市委", "市委")
    assert not _another_before("桐舍区政协", "区政协")


def test_an_age_is_not_a_wage(wages):
    assert "4120元" not in wages.answer("市政协委员平均年龄多大").text.split("\n", 1)[0]
    assert analyse("平均年龄多大", "平均年龄多大", wages.answerer.segmenter, wages.answerer.index).unit_class == "年龄"


def test_an_age_answers(ages):
    assert first_line(ages, "委员平均年龄多大").startswith("答：47.2岁")



def test_a_deeds_rate_is_not_another_share(ages):
    shares = "立案提案中，经济建设方面88件，占41.2%；生态文明建设方面27件，占12.6%。"
    q = analyse("生态文明提案办结率多少", "生态文明提案办结率多少", ages.answerer.segmenter, ages.answerer.index)
    assert neighbour_part_doubt(q, "number", "12.6%", shares) < 1.0
    assert neighbour_part_doubt(q, "number", "97.5%", "全年提案办结率97.5%。") == 1.0


@pytest.mark.parametrize("question, unit_class", [
    ("枞溪干流有多长", "长度"),
    ("绿道一共多长", "长度"),
    ("调研前后搞了多长时间", "时长"),
])
def test_a_length_asked(ages, question, unit_class):
    assert analyse(question, question, ages.answerer.segmenter, ages.answerer.index).unit_class == unit_class


def test_a_tax_asked_wants_money(ages):
    assert analyse("企业能减免多少税", "企业能减免多少税", ages.answerer.segmenter, ages.answerer.index).wants_money
    assert not analyse("税务局提了几件提案", "税务局提了几件提案", ages.answerer.segmenter, ages.answerer.index).wants_money
