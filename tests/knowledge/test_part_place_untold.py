"""A town, township or street asked by name (东坪镇新建了几个充电桩) where the report gives only the
whole region's figure (全区新建公共充电桩410个), or the total whose breakdown names other places: the
whole is no answer for the part, so the question is declined; the place the report does break out
is answered with its own figure. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协松川区委员会2022年提案办理工作总结

一、重点提案办理成效

充电设施方面，全区新建公共充电桩410个，其中新华街道85个，实现镇级公共充电站全覆盖。农村供水方面，区财政安排管护资金620万元，全区农村集中供水覆盖率达到95.1%，其中石门镇为90.6%。

二、提案涉及区域

市政协在全区9个乡镇（街道）设立政协委员联络站。明确涉及具体镇（街道）的提案共46件，其中涉及石门镇的12件、新华街道的8件，其余分布在东坪镇、北渡镇和柏溪乡。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("songchuan.txt", _REPORT)], tmp_path_factory.mktemp("songchuan"))


@pytest.mark.parametrize("question", [
    "东坪镇新建了多少个充电桩",
    "北渡镇的农村集中供水覆盖率是多少？",
    "柏溪乡涉及的提案有几件",
])
def test_a_place_the_report_gives_no_figure_of_is_declined(kb, question):
    assert not kb.answer(question).answered, question


@pytest.mark.parametrize("question, expected", [
    ("新华街道新建了几个充电桩", "新华街道85个"),
    ("石门镇的农村集中供水覆盖率是多少", "90.6%"),
    ("涉及石门镇的提案有多少件", "12件"),
    ("全区新建了多少个充电桩", "410个"),
    ("全区农村集中供水覆盖率是多少", "95.1%"),
    ("设立政协委员联络站的乡镇街道有几个", "9个"),
])
def test_the_places_told_and_the_whole_are_answered(kb, question, expected):
    assert first_line(kb, question).startswith(f"答：{expected}")
