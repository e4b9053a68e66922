"""A year carried from the sentence before: 这一年 / 同年 open a sentence that tells of the year the
sentence before names (2018年是…开局之年。这一年，…召开全会专题议政。同年，…走访…), so a question naming
that year is answered there, and one naming another year (the report's own) is not.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.carried_year import carried_year
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澜溪市第五届委员会常务委员会五年工作报告

（2022年12月26日）

一、协商议政

五年来，围绕“滨江经济带建设”“县域营商环境”等重大课题开展全会专题议政5次、常委会专题协商18次。

2018年是五届市政协的开局之年。这一年，市政协围绕“城区停车难治理”召开全会专题议政，组织委员深入老城区开展调研，提出建议23条。同年，经济委员会主任柏青远带领调研组走访全市6个商业街区，形成调研报告1篇。

2022年，市政协围绕“数字乡村建设”开展专题协商，提出建议31条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxi.txt", _REPORT)], tmp_path_factory.mktemp("lanxi-carried"))


def test_the_year_asked_is_the_one_carried(kb):
    assert "6个" in first_line(kb, "2018年柏青远带队走访了几个商业街区")
    assert "23条" in first_line(kb, "2018年全会专题议政提出建议多少条")


def test_another_year_is_not_the_carried_ones(kb):
    assert not kb.answer("2022年柏青远带队走访了几个商业街区").answered


def test_a_chain_carries_the_year_on():
    sentences = ["2018年是5届市政协的开局之年。", "这1年,市政协召开全会。", "同年,调研组走访6个街区。", "全年提出建议9条。"]
    assert [carried_year(sentences, s) for s in range(4)] == [None, 2018, 2018, None]
