"""A question asking the month (明年视察安排在几月, 几月份): a sentence dating the thing by its year alone
(纳入2024年保护项目) does not answer it, on one report or on a shelf; a month, a season or 年底 still does.
On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line


def _report(name: str, title: str, year: int, body: str) -> SourceDocument:
    return SourceDocument(name, title, str(year), f"{title}\n\n一、主要工作\n\n{body}\n\n二、明年打算\n\n{body2(year)}\n")


def body2(year: int) -> str:
    return (f"{year + 1}年，界别将继续围绕乡村振兴开展调研，区政府据此将青杠村、石门村纳入{year + 1}年传统村落保护项目，"
            "计划安排修缮资金180万元。")


_SECTOR = _report("sector.txt", "榆阳区政协农业界别2022年度履职工作总结", 2022,
                  "界别全年组织委员视察3次。5月，界别组织委员视察高标准农田建设。10月，界别开展秋粮收储专题调研。"
                  "界别委员提交提案14件。")
_OTHER = _report("other.txt", "政协桦林县委员会2021年工作报告", 2021,
                 "全年县政协组织视察调研11次，召开专题协商会4场。年底县政协召开委员述职大会。")


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    return KnowledgeBase([_SECTOR, _OTHER], tmp_path_factory.mktemp("month-asked"))


@pytest.fixture(scope="module")
def alone(tmp_path_factory):
    return KnowledgeBase([_SECTOR], tmp_path_factory.mktemp("month-asked-alone"))


@pytest.mark.parametrize("question", ["明年传统村落保护具体安排在几月", "明年村落保护项目几月份开始"])
def test_a_year_alone_does_not_tell_the_month(shelf, alone, question):
    assert not shelf.answer(question).answered
    assert not alone.answer(question).answered


@pytest.mark.parametrize("question, month", [
    ("高标准农田建设视察是几月份搞的", "5月"),
    ("秋粮收储调研几月开展的", "10月"),
])
def test_a_month_told_answers(alone, question, month):
    assert month in first_line(alone, question)


def test_year_end_answers_which_month(shelf):
    assert "年底" in first_line(shelf, "委员述职大会是几月开的")
