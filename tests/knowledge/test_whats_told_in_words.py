"""Whats a sentence tells in its own words, on a made-up 文史 summary:

- a renaming (原某委员会于某年某月更名为某委员会): 某委员会以前叫什么 → the old name, 某委员会后来改名叫什么 → the new,
  哪年哪月改名的 → the date of 更名 (改名 read as 更名)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_SUMMARY = """珞汀市政协学习和文史委员会2020年工作总结

珞汀市政协学习和文史委员会
（二〇二一年一月八日）

根据市政协机构改革方案，原市政协文史和教育委员会于二〇二〇年五月更名为学习和文史委员会（以下简称委员会），相关工作继续由委员会办公室承担。

一、主要工作

全年编印《珞汀史话》6期，刊发文章90篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("luoting-culture.txt", _SUMMARY)], tmp_path_factory.mktemp("luoting"))


@pytest.mark.parametrize("question, answer", [
    ("学习和文史委员会以前叫什么", "文史和教育委员会"),
    ("学习和文史委员会的原名是什么", "文史和教育委员会"),
    ("文史和教育委员会后来改名叫什么", "学习和文史委员会"),
    ("文史和教育委员会哪年哪月改名的", "二〇二〇年五月"),
])
def test_a_renaming_tells_the_other_name_and_its_date(kb, question, answer):
    assert answer in first_line(kb, question)
