"""A plan of a year gone by asked (去年年初计划新建几个, 去年年初定的计划是多少期): that year's plan, which
a report tells only among its results (原计划采访80人); the report's plans for the year ahead are not it.
The plan ahead is still answered when asked as such (明年计划…, 今年计划… read after the report)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岚湄县委员会2023年工作总结

2023年，岚湄县政协围绕全县中心工作履职尽责。

全年开展口述史采集，原计划采访老同志80人，实际采访92人。岚湄县政协组织委员视察6次。

2024年工作安排

岚湄县政协计划新建委员工作室4个，举办"委员讲堂"30期，组织岚湄县委员开展视察8次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanmei.txt", _REPORT)], tmp_path_factory.mktemp("lanmei"))


@pytest.mark.parametrize("question", ["去年年初计划新建几个委员工作室", "去年年初定的委员讲堂计划是多少期"])
def test_a_past_years_plan_is_not_the_plan_ahead(kb, question):
    assert not kb.answer(question).answered


@pytest.mark.parametrize("question", ["明年计划新建几个委员工作室", "今年计划新建几个委员工作室"])
def test_the_plan_ahead_answers(kb, question):
    assert first_line(kb, question).startswith("答：4个")


def test_a_past_years_plan_told_among_results_answers(kb):
    assert first_line(kb, "去年口述史原计划要采访多少人").startswith("答：80人")
