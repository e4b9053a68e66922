"""Earlier years' values written as clauses of their own after the year's figure (…开展活动26次，比上年增加
7次（2022年为19次，2021年为15次）): a question naming one of those years gets its value, counted by the words
of the clause the run of values continues.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.year_values import counted_from

from .conftest import first_line

_REPORT = """柏沙县政协农工界别2023年工作总结

（二〇二四年一月九日）

一年来，界别共组织开展各类调研视察活动34次，比上年增加6次（2022年为28次，2021年为21次）；委员参加活动380人次。

界别委员全年提交提案52件（2022年为44件，2021年为37件），立案46件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("baisha.txt", _REPORT)], tmp_path_factory.mktemp("baisha-years"))


def test_year_value_counts_what_the_clause_before_names():
    sentence = "界别委员全年提交提案52件(2022年为44件,2021年为37件),立案46件。"
    value = next(x for x in find_quantities(sentence) if x.text == "37件")
    assert counted_from(sentence, value) == 0
    own = next(x for x in find_quantities(sentence) if x.text == "46件")
    assert counted_from(sentence, own) is None


@pytest.mark.parametrize("question, expected", [
    ("2021年组织了几次调研视察活动", "21次"),
    ("2022年开展调研视察活动多少次", "28次"),
    ("2021年提交提案多少件", "37件"),
    ("2022年委员提交了多少件提案", "44件"),
    ("去年提交提案多少件", "52件"),
])
def test_earlier_years_value(kb, question, expected):
    assert expected in first_line(kb, question)
