"""A total over a range of years broken into parts after 其中 (2019年至2021年，全县累计投入…6.4亿元，其中争取省级
补助资金2.1亿元，…吸引社会资本投入1.8亿元): each part is told as the total is, so 争取 in one part plans nothing of
the next; the range is a span asked and told (2019到2021年一共投了多少钱), its figure dated by its last year.
On a report of our own."""

from __future__ import annotations

import re

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.periods import SPAN, YEAR, told_period
from bot.knowledge.plan_result import planned
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岚岫县政协城乡建设委员会2021年工作总结

（二〇二二年一月二十日）

一、专题调研

2019年至2021年，全县累计投入农村公路建设资金6.4亿元，其中争取省级补助资金2.1亿元，县级财政配套2.5亿元，吸引社会资本投入1.8亿元。全年组织视察活动5次，形成调研报告3篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxiu.txt", _REPORT)], tmp_path_factory.mktemp("lanxiu-parts"))


def test_a_part_after_a_planning_word_in_another_part_is_a_result(kb):
    assert first_line(kb, "吸引社会资本投入了多少钱").startswith("答：1.8亿元")


def test_a_range_of_years_is_a_span_dated_by_its_last_year(kb):
    line = first_line(kb, "2019到2021年一共投了多少钱搞农村公路")
    assert line.startswith("答：6.4亿元") and "2019" not in line


@pytest.mark.parametrize("sentence, amount, plan", [
    ("其中争取省级补助资金2.1亿元,吸引社会资本投入1.8亿元", "1.8亿元", False),
    ("争取省级补助资金2.1亿元,吸引社会资本投入1.8亿元", "1.8亿元", True),  # no 其中: the plan word governs on
])
def test_parts_after_qizhong_are_apart(sentence, amount, plan):
    assert planned(sentence, sentence.find(amount)) is plan


@pytest.mark.parametrize("sentence, period", [
    ("2019年至2021年,全县投入农村公路建设资金6.4亿元", SPAN),
    ('县政府出台"农村公路三年行动方案(2022-2024年)",吸纳了其中的21条建议', YEAR),  # a name's own years
])
def test_a_range_of_years_is_a_span_unless_a_names_own(sentence, period):
    at = re.search(r"6\.4亿元|21条", sentence).start()
    assert told_period(sentence, at) == period
