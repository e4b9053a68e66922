"""Figures dated by a part of a year (2023年底的94.2%, 2023年全年为89.4%), a year's value as the base of a
comparison with words between (比2023年同类调查的80.5%), a year's value counted by the deed of the clause
before (落实资金1260万元，2023年为980万元), an outcome told after the date reached (计划投入4.15亿元，截至8月底
已完成投资2.97亿元), a running total whose span a year starts (2021年以来累计投入…), 一共 cut from the verb
after it (一共用了几天), and a preparatory meeting (准备会) that plans nothing.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.wording import resplit_for_documents

from .conftest import first_line

_REPORT = """枫岙市政协关于全市农村道路建设情况的视察报告

（2024年11月5日）

一、视察开展情况

视察前，视察组于9月20日召开视察准备会，明确了路网规划、工程质量、养护管理和资金保障等4个方面的视察重点。视察组用3天时间走访了5个乡镇。

问卷结果显示，受访群众对农村道路的总体满意度为88.6%，比2023年市交通局组织的同类调查的81.2%提高7.4个百分点。

二、基本情况

截至2024年9月底，全市农村公路通畅率达到97.5%，比2023年底的95.1%提高2.4个百分点；农村公路优良路率达到72.4%，2023年底为68.9%。2024年上半年，全市农村公路养护合格率为91.3%，2023年全年为87.6%。

2024年全市落实农村公路养护资金2460万元，2023年为1980万元。

资金投入方面，2020年以来全市累计投入农村公路建设资金21.7亿元。2023年全市投入农村公路资金4.36亿元，新建改造农村公路860公里；2024年计划投入5.2亿元，截至9月底已完成投资3.85亿元，新建改造农村公路610公里。

三、存在的问题

全县2010年以前建成的农村公路约420公里，路面老化破损严重，农村公路交通事故率达3.2%，群众意见较大。

四、意见和建议

建议用三年时间完成2010年以前建成的420公里老旧路面改造，力争将农村公路交通事故率降至2%以内。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengao.txt", _REPORT)], tmp_path_factory.mktemp("fengao-year-parts"))


@pytest.mark.parametrize("question, expected", [
    ("2023年底农村公路通畅率是多少", "95.1%"),
    ("2023年底优良路率是多少", "68.9%"),
    ("2023年全年养护合格率是多少", "87.6%"),
    ("2023年养护资金落实了多少", "1980万元"),
    ("2023年那次调查的满意度是多少", "81.2%"),
    ("截至9月底已经完成投资多少", "3.85亿元"),
    ("2020年以来农村公路累计投了多少钱", "21.7亿元"),
    ("视察一共用了几天", "3天"),
    ("视察重点定了几个方面", "4个方面"),
    ("视察准备会几号开的", "9月20日"),
    ("农村公路通畅率比2023年底提高了多少", "2.4个百分点"),
    ("建议把事故率降到多少", "2%"),
])
def test_figure_of_the_asked_part_or_period(kb, question, expected):
    assert expected in first_line(kb, question)


@pytest.mark.parametrize("question, expected", [
    ("农村公路通畅率是多少", "97.5%"),
    ("养护资金落实了多少", "2460万元"),
    ("满意度是多少", "88.6%"),
    ("交通事故率是多少", "3.2%"),
])
def test_the_reports_own_figure_when_no_year_is_asked(kb, question, expected):
    assert expected in first_line(kb, question)


def test_outcome_after_date_reached_is_dated_by_its_statement(kb):
    assert "2024年" in first_line(kb, "截至9月底已经完成投资多少")


def test_total_word_cut_from_the_verb_after_it():
    idf = {"用": 1.0}.get
    assert resplit_for_documents(["视察", "一", "共用", "了"], idf, frozenset({"一共", "了"})) == ["视察", "一共", "用", "了"]


def test_what_a_recommendation_sets_is_asked_as_a_plan():
    from bot.knowledge.frames import PLAN, question_mode
    assert question_mode("建议把事故率降到多少") == PLAN
    assert question_mode("提出了多少条建议") != PLAN
