"""A figure of the year before told only as the base of a comparison (编报372条，比上年的341条增长9.1%; 会议以来共立案
418件，比上年的396件增加22件) answers the year before asked by its number (2024年…多少) or as 上年; it counts what the
figure it is compared with counts (facts.compared_amount), and 上年 dates it though a span word stands before it
(periods.py). A report delivered at a standing committee's meeting (常务委员会第12次会议) names no plenary session
(frames.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岚溪市委员会关于2025年度提案工作情况的报告

——2026年1月20日在政协第八届岚溪市委员会常务委员会第十二次会议上

各位常委：

一、提案工作基本情况

八届四次会议以来共立案提案418件，比上年的396件增加22件，已全部办结。全年共收到委员报送的社情民意信息860条，编报372条，比上年的341条增长9.1%。

二、2026年工作安排

力争全年编报社情民意信息400条以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("lanxi-city-2025.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lanxi"))


def test_the_year_before_by_its_number(kb):
    assert "341条" in first_line(kb, "2024年编报了多少条社情民意")
    assert "396件" in first_line(kb, "2024年立案提案多少件")


def test_the_year_before_as_shangnian(kb):
    assert "341条" in first_line(kb, "上年编报了多少条社情民意")


def test_the_years_own_figure_still_first(kb):
    assert "372条" in first_line(kb, "编报了多少条社情民意")
