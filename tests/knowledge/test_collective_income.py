"""收入 asked of a person is a private detail the bot does not give out, but a village collective's
or a trade's income (村集体收入, 销售收入) is a figure a report tells
(personal.py).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """青檀县政协2022年履职纪实

（《青檀日报》2022年12月28日 第二版）

一、助力乡村振兴

云岭镇竹溪村是县政协机关的定点帮扶村。今年，竹溪村村集体经济收入达到18.4万元，上年为6.7万元。

县政协委员、竹溪村党支部书记马晓东带领村民发展竹编产业，全村竹编产业年销售收入达到320万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qingtan.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("collective-income"))


def test_a_collective_income_is_answered(kb):
    assert "18.4万元" in first_line(kb, "竹溪村今年村集体收入多少？")
    assert "6.7万元" in first_line(kb, "竹溪村去年村集体收入是多少")


def test_a_trade_income_is_answered(kb):
    assert "320万元" in first_line(kb, "竹编产业销售收入多少")


def test_a_person_income_is_still_declined(kb):
    assert not kb.answer("马晓东收入多少").answered
    assert not kb.answer("马晓东委员的收入是多少").answered
    assert not kb.answer("青檀县财政收入多少").answered  # a county's revenue: no committee's to tell
