"""A when-question is answered with the fullest date its sentence gives (fullest_date.py): the word of
the year before a month (去年6月, 今年8月), the month of the year a clause dates (在2021年3月底前 rather
than the 2021年 of 2021年度), and a month shown with the report's year (2021年11月), not beside it.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协柳川县委员会2021年工作总结及2022年工作打算

（二〇二一年十二月二十八日）

一、2021年主要工作

县政协领衔督办的城区供水管网改造项目于去年6月正式开工，新铺设管网42公里。
县政协秘书长(今年8月到任)主持修订机关制度12项。
提案委员会在2021年3月底前编印"2021年度提案参考选题"，供委员参考。
县档案馆新馆11月建成开馆，委员们参与了文史资料展陈。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("liuchuan-dates.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("liuchuan-dates"))


def test_the_year_word_before_a_month_is_kept(kb):
    assert "去年6月" in first_line(kb, "供水管网改造项目什么时候开工的")


def test_the_month_of_the_clause_is_told_over_a_year_label(kb):
    assert "2021年3月底" in first_line(kb, "参考选题啥时候编印")


def test_a_month_is_shown_with_its_year(kb):
    assert first_line(kb, "县档案馆新馆什么时候开馆").startswith("答：2021年11月")
