"""Words that qualify an amount stay with it: 连续 before a run of years (连续三年被评为 → 连续三年), 内 after a
span of time that is a deadline
(交办之日起2个月内办复 → 2个月内)."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协岫原县委员会2022年提案工作情况报告

政协岫原县委员会提案委员会
（二〇二三年一月九日）

一、提案办理

一般提案原则上在交办之日起2个月内办复，办复率100%。
县政协提案委员会连续四年被市政协评为提案工作先进集体。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("xiuyuan-proposals.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("xiuyuan-proposals"))


def test_a_deadline_keeps_its_within(kb):
    assert first_line(kb, "一般提案要在多长时间内办复").startswith("答：2个月内")


def test_a_run_of_years_keeps_its_consecutive(kb):
    assert first_line(kb, "提案委员会连续几年被评为先进集体").startswith("答：连续四年")

