"""A figure told apart for the year before, after 上年为 / 去年是 (开展对口协商4次(上年为2次)), is that
year's value: asked the year before, it answers, dated so; asked the report's own year or no year,
the year's own figure does. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协云岭市人口资源环境委员会2022年工作总结

一、协商议政

全年开展对口协商4次（上年为2次）。承办双周协商座谈会3次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yunling.txt", _REPORT)], tmp_path_factory.mktemp("yunling"))


def test_the_year_before_gets_the_figure_told_for_it(kb):
    assert first_line(kb, "2021年对口协商开了几次？").startswith("答：2次（2021年）")


def test_the_years_own_figure_stays_the_answer_otherwise(kb):
    assert first_line(kb, "2022年对口协商开了几次？").startswith("答：4次")
    assert first_line(kb, "对口协商开了几次？").startswith("答：4次")
    assert not kb.answer("2021年双周协商座谈会开了几次？").answered  # no figure of that year told
