"""A plan asked in the words members use: 目标 / 力争 in the question, and the plan sentence telling it in
its own plan words (力争全年提交提案40件以上, 计划开展…不少于60场); 要建 / 要搞 (要 + a verb: what is to be
done) is no slip for 要求, a slip being typed by sound. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协云渚县委员会2023年工作报告

一、2023年主要工作

全年共收到提案226件，立案198件。

二、2024年工作安排

力争全年提交提案240件以上，其中集体提案不少于12件。

新建“委员书屋”5个，实现全县各乡镇全覆盖。

全年开展送医下乡活动不少于60场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yunzhu.txt", _REPORT)], tmp_path_factory.mktemp("yunzhu"))


def test_target_asked_is_told_by_the_plan_sentence(kb):
    from bot.knowledge.question import analyse
    from bot.knowledge.term_match import term_strength

    q = analyse("明年提案目标多少件", "明年提案目标多少件", kb.segmenter, kb.index)
    target = next(t for t in q.terms if t.text == "目标")
    assert term_strength(kb.index, target, "力争全年提交提案240件以上,其中集体提案不少于12件。") == 1.0
    assert term_strength(kb.index, target, "全年共收到提案226件,立案198件。") == 0.0  # a result tells no target
    assert first_line(kb, "明年提案目标多少件").startswith("答：240件以上")


def test_to_be_done_is_no_slip_for_a_demand(kb):
    assert kb.index.correct("委员书屋今年要建几个")[0] == "委员书屋今年要建几个"
    assert first_line(kb, "委员书屋今年要建几个").startswith("答：5个")
    assert first_line(kb, "送医下乡今年要搞多少场").startswith("答：不少于60场")
