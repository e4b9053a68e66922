"""A numbered item opening with a date (1.5月17日，…) writes the month 5: the item's number is no part of it.
On a shelf of two reports of our own, a question naming that month (5月17日视察是谁带队) is told by the report
whose item dates it (shelf_named.py reads the months a passage writes)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.asked_untold import neighbour_doubt
from bot.knowledge.numbers_told import numbers_told
from bot.knowledge.term_match import months_told

from .conftest import first_line

_WILLOW = """政协柳川区委员会农业界别2021年工作总结

一、视察调研

全年界别组织视察2次。
1.5月17日，召集人张志远带领12名委员视察青枫乡高山茶园建设，实地察看东岭村、西岭村2个村，提出建议6条。
2.9月23日，副召集人刘海燕带领9名委员视察农村道路养护，提出建议4条。
"""

_MAPLE = """政协枫城县委员会常务委员会2022年工作报告

一、常委会议

全年召开常委会议4次，常委们提出意见建议40条。
县政协主席周国强带队开展乡村振兴专题调研，形成调研报告3篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    documents = [document_from_text("willow.txt", _WILLOW), document_from_text("maple.txt", _MAPLE)]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("numbered_item_month"))


def test_month_of_a_numbered_item_answers_beside_another_report(kb):
    assert "张志远" in first_line(kb, "5月17日视察是谁带队")


def test_month_of_the_second_numbered_item(kb):
    assert "4条" in first_line(kb, "9月那次视察提了几条建议")


@pytest.mark.parametrize("text, months", [
    ("1.5月17日，召集人带队视察。", ["5"]),
    ("12.11月8日，界别召开座谈会。", ["11"]),
    ("4月，县政协召开常委会议。", ["4"]),
    ("工期缩短1.5个月。", []),
    ("由2.5月增至3.2月。", []),
])
def test_months_told(text, months):
    assert months_told(text) == months


def test_month_of_a_numbered_item_answers_alone(tmp_path):
    kb = KnowledgeBase([document_from_text("willow.txt", _WILLOW)], tmp_path)
    assert "张志远" in first_line(kb, "5月17日视察是谁带队")


@pytest.mark.parametrize("numbers, question, context, told", [
    (["5", "17"], "5月17日视察是谁带队", "1.5月17日,召集人张志远带领12名委员视察。", True),
    (["5", "17"], "5月17日视察是谁带队", "2.9月23日,副召集人刘海燕带领9名委员视察。", False),
    (["5"], "工期缩短5个月了吗", "工期缩短1.5个月。", False),
])
def test_numbers_told_past_an_item_number(numbers, question, context, told):
    assert numbers_told(numbers, question, context) is told


@pytest.mark.parametrize("question, shown, doubt", [
    ("3月那次视察提了几条建议", "1.5月17日,召集人张志远带领12名委员视察,提出建议6条。", 0.4),
    ("5月那次视察提了几条建议", "1.5月17日,召集人张志远带领12名委员视察,提出建议6条。", 1.0),
])
def test_another_month_of_a_numbered_item_doubted(question, shown, doubt):
    assert neighbour_doubt(question, shown) == doubt
