"""Rows listed by their labels in one sentence (其中甲区12个、乙区10个…; 名额…:经济界22名,教育界21名,…): the thing
counted is written once, in the sentence's head. A question naming one label gets that row's amount; a label
named as one end of a range, or a piece inside another label, names no row; people asked are not answered by a
row of workrooms. On a made-up report."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.sentence_rows import listed_rows

from .conftest import first_line

_REPORT = """政协蔺葭市委员会2023年委员联络工作总结

一、联络阵地建设

全市建成委员联络室38个，其中苒川区11个、荻浦区9个、蓼塘县7个、菡溪县6个、苕山县5个。各联络室全年接待群众1800余人次。

二、委员队伍

按工作地分，苒川区54名、荻浦区41名、蓼塘县30名、菡溪县26名、苕山县22名，市直单位152名。

各界别名额分配中，名额较多的界别有：特邀人士界28名，经济界20名，教育界19名，农业界15名。其余界别中，科协界9名，共青团界7名，侨联界5名，妇联界6名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linjia.txt", _REPORT)], tmp_path_factory.mktemp("linjia"))


def test_the_rows_of_a_sentence():
    told = "全市建成委员联络室38个,其中苒川区11个、荻浦区9个、蓼塘县7个、菡溪县6个、苕山县5个。"
    assert [label for label, *_ in listed_rows(told)] == ["苒川区", "荻浦区", "蓼塘县", "菡溪县", "苕山县"]
    assert listed_rows("其中苒川区11个、荻浦区9个。") == []  # two rows are no set
    assert [label for label, *_ in listed_rows("立案提案中工业发展类31件、农业类44件、城建类52件。")][0] == "工业发展类"
    assert listed_rows("科协界9名,共青团界7名,侨联界5名。")[1][0] == "共青团界"  # (共 of 共青团 is no 共计)


def test_a_row_named_gets_its_amount(kb):
    assert "9个" in first_line(kb, "荻浦区委员联络室有几个")
    assert "7个" in first_line(kb, "蓼塘县有多少委员联络室")
    assert "20名" in first_line(kb, "经济界分了几个名额")
    assert "5名" in first_line(kb, "侨联界有几个名额")  # not 妇联界's, though 联界 is in both


def test_people_asked_of_a_row_are_counted_in_people(kb):
    assert "41名" in first_line(kb, "荻浦区有多少市政协委员")


def _asked(text: str) -> SimpleNamespace:
    """A question as unasked_part reads it: its text and its words' other forms (none here)."""
    return SimpleNamespace(norm=text, term_words=lambda shortest=1: [])


def test_a_part_of_a_set_does_not_answer_the_whole():
    from bot.knowledge.sentence_rows import unasked_part
    told = "对部分界别名额进行了调整:经济界、特邀人士界名额分别比上届减少4名和5名。"
    assert unasked_part(_asked("名额比上届少了几名"), told, "5名")
    assert not unasked_part(_asked("特邀人士界比上届少了几个名额"), told, "5名")
    rows = "全市建成委员联络室38个,其中苒川区11个、荻浦区9个、蓼塘县7个。"
    assert unasked_part(_asked("委员联络室有多少个"), rows, "11个")
    assert not unasked_part(_asked("委员联络室有多少个"), rows, "38个")
