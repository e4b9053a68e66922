"""Amounts written respectively (分别) for the things listed before them, or for the counts of the clauses
before them: the one asked gets the amount at its place. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.respective_amounts import respective_amount

from .conftest import first_line

_REPORT = """政协枫堰县委员会2023年提案工作情况报告

一、提案办理

承办提案数量居前3位的是县交通运输局、县农业农村局和县文化和旅游局，分别承办28件、21件和17件。

全年界别共组织开展各类调研活动64次，参与委员520余人次，比上年分别增长12.3%和9.6%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan9.txt", _REPORT)], tmp_path_factory.mktemp("fengyan9"))


def test_the_amount_at_the_things_place():
    told = "承办提案数量居前3位的是县交通运输局、县农业农村局和县文化和旅游局，分别承办28件、21件和17件。"
    quantities = find_quantities(told)
    assert respective_amount(["农业农村局"], told, quantities, quantities[1])[0].text == "21件"
    assert respective_amount(["文化和旅游局"], told, quantities, quantities[1])[0].text == "17件"
    assert respective_amount(["承办"], told, quantities, quantities[1]) is None  # names none of them


def test_one_listed_body_asked(kb):
    assert first_line(kb, "县农业农村局承办几件提案").startswith("答：21件")


def test_one_counted_clause_asked_for_its_change(kb):
    assert first_line(kb, "调研活动次数比上年增长了多少").startswith("答：12.3%")
    assert first_line(kb, "参与委员人次比上年增长多少").startswith("答：9.6%")
