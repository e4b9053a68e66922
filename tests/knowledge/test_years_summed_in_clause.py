"""A term's report sums several years where the clause opens (五年共举办读书会46期，其中2020年举办12期;
三年间走访…): 5年共 / 5年间 open a running total as 5年来 does, so a question naming a year takes the
figure its own year dates, and one asking the years' sum the total. 一年共 is the year told. On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.periods import SPAN, YEAR, told_period
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协溱口县第七届委员会常务委员会工作报告
——2021年1月12日在政协溱口县第八届委员会第一次会议上

一、过去五年工作回顾

五年共举办“溱口书院”委员读书会46期，其中2020年举办12期，参加委员1300余人次。
三年间，县政协组织委员走访企业218家，其中2020年走访企业64家。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qinkou.txt", _REPORT)], tmp_path_factory.mktemp("qinkou"))


@pytest.mark.parametrize("question, fact", [
    ("2020年读书会举办了几期", "12期"),
    ("去年溱口书院读书会举办了多少期", "12期"),
    ("五年一共办了多少期读书会", "46期"),
    ("2020年走访了多少家企业", "64家"),
])
def test_a_year_asked_takes_its_own_figure_and_the_years_sum_the_total(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("sentence, figure, period", [
    ("五年共举办委员读书会46期，其中2020年举办12期", "46期", SPAN),
    ("五年共举办委员读书会46期，其中2020年举办12期", "12期", YEAR),
    ("三年间，县政协组织委员走访企业218家", "218家", SPAN),
    ("一年共举办委员读书会12期", "12期", YEAR),
    ("2020年共举办委员读书会12期", "12期", YEAR),
])
def test_years_summed_open_a_span(sentence, figure, period):
    sentence = normalize_text(sentence)
    assert told_period(sentence, sentence.index(figure)) == period


def test_a_suggestion_of_years_summed_names_no_one_year(tmp_path):
    """Offered beside another report, 五年共举办…多少期 is asked with the committee and no year: 溱口县政协
    2020年五年共举办… would ask one year's count of a five years' sum; the years are written 五年."""
    other = document_from_text("other.txt", "苔川县政协2020年工作总结\n\n全年组织协商活动17场。\n")
    pool = KnowledgeBase([document_from_text("qinkou.txt", _REPORT), other], tmp_path).index.question_pool
    summed = [q for q in pool if "读书会多少期" in q]
    assert summed and all("五年共举办" in q and "2020年" not in q for q in summed), summed
