"""A year inside the words qualifying what is counted (对2023年列入计划逐步解决的58件提案实行跟踪督办) dates no plan
of that year: asked of this year's plan (今年要对多少件…跟踪督办), the amount answers. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协枫堰县委员会常务委员会关于九届二次会议以来提案工作情况的报告
——2024年1月10日在政协枫堰县第九届委员会第三次会议上

一、过去一年的提案工作

2023年，县政协共收到提案318件，经审查立案296件。

二、2024年提案工作安排

对2023年列入计划逐步解决的58件提案实行跟踪督办，确保件件有着落。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan11.txt", _REPORT)], tmp_path_factory.mktemp("fengyan11"))


def test_year_qualifying_the_counted_things_dates_no_plan(kb):
    assert "58件" in first_line(kb, "今年要对多少件列入计划逐步解决的提案跟踪督办")
