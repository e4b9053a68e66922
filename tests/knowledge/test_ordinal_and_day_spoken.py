"""Two spoken forms of numbers a member types, matched to the written ones: an ordinal after 第 whatever
measure word follows (第二十一辑 = 第21辑, 第一讲 = 第1讲), though a bare numeral before those words starts
another word (统一讲解 stays); and a day of the month said as 号 (11月8号 = 11月8日), though 号 numbering a
building stays (3月5号楼)."""

from __future__ import annotations

import pytest

from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协杉浦县委员会学习和文史委员会2023年工作总结

一、加强委员学习

委员会举办“杉浦委员讲坛”，第一讲由县档案馆馆长主讲《县域档案资源的开发利用》。

二、文史资料工作

《杉浦文史》第十四辑于10月出版，以“杉浦古桥”为主题。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shanpu.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shanpu"))


def test_ordinals_after_di_are_digits():
    assert normalize_text("第二十一辑") == normalize_text("第21辑") == "第21辑"
    assert normalize_text("第一讲讲的啥") == "第1讲讲的啥"
    assert normalize_text("统一讲解") == "统一讲解"


def test_day_said_as_hao():
    assert normalize_text("十一月八号视察") == "11月8日视察"
    assert normalize_text("3月5号楼") == "3月5号楼"
    assert normalize_text("文昌路18号") == "文昌路18号"


def test_an_ordinal_asked_in_digits_finds_the_one_written_in_words(kb):
    assert "杉浦古桥" in first_line(kb, "杉浦文史第14辑以什么为主题")
