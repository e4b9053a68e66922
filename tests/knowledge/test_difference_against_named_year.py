"""A difference against a year named in figures (比2022年多出7场次, 较2022年增加12件) is a change, not a value:
it answers how many more than that year, and neither year's own count.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岑塘县委员会2023年工作报告

一、协商议政

全年开展各类协商活动31场次，比2022年多出7场次；收到提案168件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("centang.txt", _REPORT)], tmp_path_factory.mktemp("centang"))


def test_the_difference_answers_how_many_more(kb):
    assert "7场次" in first_line(kb, "协商活动比2022年多了几场")


def test_the_years_count_is_not_the_difference(kb):
    assert "31场次" in first_line(kb, "全年开展了多少场协商活动")


def test_the_named_years_count_is_untold(kb):
    assert kb.answer("2022年开展了多少场协商活动").text.startswith("抱歉")
