"""A plan recalled in an account of what was done (召开…5次，原计划安排7次，…合并调整2次): 原计划 plans its own
clause's amount, not the outcomes told after it (frames.recalled_plans_blanked).  On a made-up report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协苕洲县委员会2021年协商工作总结

　　全年召开专题视察会5次，原计划安排7次，因时间冲突，经主席会议同意合并调整2次，先后就山塘水库除险加固、乡村公路养护等议题开展视察。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    document = document_from_text("shaozhou-consultation-2021.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shaozhou-report"))


def test_an_outcome_after_a_recalled_plan_is_a_result(report):
    assert "2次" in first_line(report, "专题视察会合并调整了几次")


def test_the_amount_held_is_still_answered(report):
    assert "5次" in first_line(report, "专题视察会实际召开了几次")
