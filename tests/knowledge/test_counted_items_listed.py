"""A question counting the things it asks for (两个转变是啥, 目标是什么三个X): the report lists them, that
many, each ending in the noun counted and joined by 、, without writing the count. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.numbers_told import items_listed
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协石岗县委员会2021年工作报告

一、提案工作

我们把协商贯穿提案办理全过程，推动由“重数量”向“重质量”转变、由“重答复”向“重办结”转变，提案办理质效明显提升。

二、今年工作

县政协工作的总体要求是：坚持团结和民主两大主题，为加快建设“绿色石岗、活力石岗、幸福石岗”贡献力量。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("shigang.txt", _REPORT)], tmp_path_factory.mktemp("shigang"))


def test_the_count_is_read_in_the_list():
    listed = '推动由"甲"向"乙"转变、由"丙"向"丁"转变,成效明显。'
    assert items_listed("2", "2个转变是啥", listed)
    assert not items_listed("3", "3个转变是啥", listed)  # two listed, not three


def test_the_things_counted_are_answered_from_their_list(kb):
    assert "重数量" in first_line(kb, "两个转变是啥")
    assert "活力石岗" in first_line(kb, "要建设的是哪三个石岗")


def test_another_count_of_them_is_not_answered(kb):
    assert not kb.answer("四个转变是啥").answered
