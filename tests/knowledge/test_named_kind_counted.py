"""A count of a general kind asked (多少场协商活动) where the text gives the general figure and a figure
of a narrower kind with a name of its own in quotes ("议事在村头"活动200场): the general figure answers;
the named kind's answers when the question names it, or when it is all the text tells. On text of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_PLAN = """栎原市政协2024年工作总结和2025年工作安排

（二〇二五年一月六日）

一、2024年工作回顾

2024年，市政协共开展各类协商活动35场，组织视察调研98次。

二、2025年工作安排

2025年，市政协将围绕城乡融合发展开展常委会议协商；全年开展各类协商活动不少于36场，组织视察调研100次以上。在基层协商方面，市政协计划全年开展“议事在村头”活动200场以上，推动每个委员联络站每月至少开展1次议事活动。

三、文史工作

计划组织12场“老街记忆”读书活动，编印文史资料2辑。
"""

_ONLY_NAMED = """蓼湾县政协2024年工作总结

（二〇二四年十二月二十日）

2024年，县政协在各乡镇开展“委员进村组”活动86场，立案提案121件。
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return KnowledgeBase([document_from_text("liyuan.txt", _PLAN)], tmp_path_factory.mktemp("liyuan"))


@pytest.fixture(scope="module")
def only_named(tmp_path_factory):
    return KnowledgeBase([document_from_text("liaowan.txt", _ONLY_NAMED)], tmp_path_factory.mktemp("liaowan"))


@pytest.mark.parametrize("question, fact", [
    ("栎原市政协明年计划开展多少场协商活动", "36场"),
    ("2025年计划开展多少场协商活动", "36场"),
    ("2025年计划开展多少场议事在村头活动", "200场"),  # the named kind asked by its name
    ("明年村头议事活动计划搞多少场", "200场"),  # …or by a word of it
])
def test_general_figure_before_the_named_kind(plan, question, fact):
    assert fact in first_line(plan, question)


def test_named_kind_after_the_amount(plan):
    # 12场“老街记忆”读书活动: the kind named after the amount is asked by its name.
    assert "12场" in first_line(plan, "计划组织多少场老街记忆读书活动")


def test_named_kind_alone_still_answers(only_named):
    assert "86场" in first_line(only_named, "县政协开展了多少场活动")
