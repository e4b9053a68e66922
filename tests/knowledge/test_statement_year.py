"""A year opening a statement (到2026年，…) dates the figures of that statement, so of two like figures in one
sentence (…占比达到55%；到2025年，…占比达到70%) the one of the year asked answers (figure_years._clause_year)."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_MINUTES = """政协汧塘市委员会"发展普惠养老服务"专题协商会纪要

政协汧塘市委员会办公室　　　　2024年6月10日

一、会议形成的共识

会议认为，全市养老服务体系建设取得积极进展，但普惠供给仍然不足。

二、下一步工作安排

（一）扩大供给。2024年，力争新建社区养老服务站30个、区域养老服务中心6个；到2024年底，每千名老人拥有养老床位数力争达到38张，护理型床位占比达到55%；到2025年，每千名老人拥有养老床位数达到42张，护理型床位占比达到70%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    doc = SourceDocument("qiantang.txt", _MINUTES.split("\n", 1)[0], "2024", _MINUTES)
    return KnowledgeBase([doc], tmp_path_factory.mktemp("qiantang"))


def test_the_year_opening_the_statement_dates_its_figures(kb):
    assert "70%" in first_line(kb, "2025年护理型床位占比目标是多少")
    assert "55%" in first_line(kb, "到2024年底护理型床位占比要达到多少")
