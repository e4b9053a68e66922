"""计划生育 (a policy: 卫生和计划生育委员会) and 计划单列 name no plan: a result told beside them is a
result, and a how-many question asked of what was done is answered.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import is_plan
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协青湄市委员会2019年提案工作情况报告

一、提案办理成效

围绕"健全社区养老服务"的提案,市卫生和计划生育委员会会同市民政局推进医养结合,全市建成社区日间照料中心41个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingmei.txt", _REPORT)], tmp_path_factory.mktemp("qingmei"))


def test_a_result_beside_family_planning_is_answered(kb):
    assert first_line(kb, "全市建成了几个社区日间照料中心").startswith("答：41个")


@pytest.mark.parametrize("sentence", ["市卫生和计划生育委员会全年完成检查12次", "作为计划单列市,全年新增企业300家"])
def test_policy_words_are_no_plan(sentence):
    assert not is_plan("", sentence, 2019)


def test_a_plan_is_still_a_plan():
    assert is_plan("", "计划新建社区日间照料中心10个", 2019)
