"""A breakdown's category asked by the first word of its name (民生方面 for 社会事业和民生保障方面, 经济方面
for 经济建设方面): the one longer qualifier the documents write it opening names it; two such qualifiers
(教育卫生类 and 教育科技类) leave the question as asked, and it is declined.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.category_names import expand_category_short_forms
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协枞阳湾区委员会关于提案工作情况的报告

一、提案立案情况

经审查，立案提案204件。其中，经济建设方面71件，占34.8%；社会事业和民生保障方面88件，占43.1%；城市建设和管理方面45件，占22.1%。

二、重点提案

重点提案中，教育卫生类3件，教育科技类2件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("congyang.txt", _REPORT)], tmp_path_factory.mktemp("congyang"))


@pytest.mark.parametrize("question, answer", [("民生方面的提案有多少件", "88件"), ("民生方面的提案占比多少", "43.1%"),
                                              ("经济方面的提案几件", "71件")])
def test_the_first_word_names_the_category(kb, question, answer):
    assert first_line(kb, question).startswith("答：") and answer in first_line(kb, question)


def test_two_longer_qualifiers_leave_the_question_as_it_is():
    corpus = "教育卫生类3件，教育科技类2件"
    assert expand_category_short_forms("教育类提案几件", corpus) == "教育类提案几件"
    assert expand_category_short_forms("民生方面几件", "社会事业和民生保障方面88件") == "民生保障方面几件"
    assert expand_category_short_forms("民生方面几件", "民生方面12件，民生保障方面88件") == "民生方面几件"
