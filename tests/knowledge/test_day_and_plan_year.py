"""A day of the week answers which day (每月第二个星期三 for 接待日定在哪一天: told.event_doubt), and a year
naming a plan or list (纳入2023年乡村道路改造计划) is the plan's, not the year its figure is counted in
(told_words.year_names_told_thing, read by Checks.figure_of_another_year). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.told_words import year_names_told_thing

_REPORT = """蘅皋区政协关于2022年度委员联络站工作情况的报告

（2023年1月12日）

一、基本情况

全区明确每月第二个星期三为委员联络站统一的“委员值班日”，当天各联络站至少安排3名委员到场。

鸥汀镇委员联络站组织委员实地踏勘，推动将鸥汀镇5条乡道纳入区2023年乡村道路改造计划，涉及里程9.4公里。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("henggao-liaison-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("henggao-liaison"))


def test_a_day_of_the_week_answers_which_day(kb):
    assert "星期三" in kb.answer("委员值班日定在每月哪一天？").text.split("\n")[0]


def test_a_year_naming_a_plan_is_the_plans(kb):
    assert "5条" in kb.answer("鸥汀镇有几条乡道纳入了2023年乡村道路改造计划？").text.split("\n")[0]


def test_year_names_told_thing():
    sentence = "推动将某镇5条乡道纳入区2023年乡村道路改造计划"
    assert year_names_told_thing("有几条乡道纳入了2023年乡村道路改造计划", sentence)
    assert not year_names_told_thing("2023年有几条乡道纳入了乡村道路改造计划", sentence)  # the year of the deed
    assert not year_names_told_thing("纳入了2024年乡村道路改造计划的有几条", sentence)  # another year's plan
