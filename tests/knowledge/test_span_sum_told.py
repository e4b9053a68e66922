"""One year's amount asked, a several years' plan or sum told (计划3年改造…), or one day's event asked, the
year's sum over several events told (全年召开协商会6场,…参加…), is declined (span_told.py); the amount of
the year or of the day itself still answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协青溪市委员会2022年提案工作情况报告

（2023年1月10日）

一、提案办理

市政府出台城区危旧房改造行动方案，计划3年改造危旧房屋480栋。

全年新建社区图书室36个。

全年召开提案办理协商会6场，参加的委员和承办单位负责人二百余人次。

9月15日，在东山区召开“背街小巷整治”提案办理协商会，参加会议的委员45人。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("qingxi-proposals-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qingxi-proposals"))


def test_one_year_asked_and_a_span_of_years_told(kb):
    assert not kb.answer("今年计划改造多少栋危旧房屋？").answered
    assert not kb.answer("去年改造了多少栋危旧房屋？").answered


def test_one_day_asked_and_the_years_sum_told(kb):
    assert not kb.answer("5月20日的协商会有多少人参加？").answered


def test_the_year_or_the_day_told(kb):
    assert "36" in kb.answer("去年新建了多少个社区图书室？").text
    assert "480" in kb.answer("3年计划改造多少栋危旧房屋？").text
    assert "45" in kb.answer("9月15日的协商会有多少委员参加？").text
