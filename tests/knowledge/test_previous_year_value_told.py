"""The year before asked (上年重点提案几件, 上年是几分): the value a comparison starts from answers — after the
counted noun (遴选出16件重点提案，比上年的13件增加3件), and a lone 1 it starts from is an amount (由上年的1分提高到3分).
On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协枫堰县委员会2023年提案工作情况报告

一、提案办理

县政协主席会议从立案提案中遴选出16件重点提案，比上年的13件增加3件。
县委办公室将提案办理工作纳入年度综合考核，考核分值由上年的1分提高到3分。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan3.txt", _REPORT)], tmp_path_factory.mktemp("fengyan3"))


def test_one_a_change_starts_from_is_an_amount():
    assert [x.text for x in find_quantities("考核分值由上年的1分提高到3分")] == ["1分", "3分"]


def test_previous_years_count_after_the_counted_noun(kb):
    assert first_line(kb, "上年重点提案几件").startswith("答：13件")
    assert first_line(kb, "重点提案多少件").startswith("答：16件")


def test_previous_years_value_of_one(kb):
    assert first_line(kb, "考核分值上年是几分").startswith("答：1分")
    assert first_line(kb, "考核分值现在是几分").startswith("答：3分")
