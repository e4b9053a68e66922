"""A plan word governs the clauses after it, up to a clause opening with an outcome word (plan_span). With
no amount placed (哪些 / 什么 asked), it is judged where the question's words stand in the sentence: a
plan written only after them (…相关部门表示将在制定年度工作计划时吸纳) or before an outcome clause ahead of
them (计划建设8公里，实际完成9公里；7月视察防汛…) makes no plan of what they tell. Nor does a plan named
in a long document title (写入《…3年行动计划(2024-2026年)》): a title names a thing, no plan told.
And 了 before 哪些 / 什么 asks what was done, as 了几 / 了多少 do."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协桐岙县委员会2024年工作总结

一、协商议政

全年参加县政协双周协商座谈会3次，分别围绕“提升急救服务能力”“加强近视防控”建言献策，委员作发言5人次。

5月10日，围绕“社区居家养老服务”开展界别协商，邀请县民政局、县卫生健康局负责同志参加，委员们提出建议7条，相关部门表示将在制定年度工作计划时统筹吸纳。

二、视察监督

一是开展专项视察。全年组织专项视察3次。

4月，视察县城防洪工程建设情况，2024年全县计划建设堤防8公里，实际完成9公里；7月，视察全县防汛准备工作，委员们察看了北门堤加固工程和东渠排涝站，建议加快小型水库除险加固。

三、提案工作

全年共立案提案150件，其中2件提案内容被写进县政府工作报告。

界别集体提案“关于培育农村电商的建议”被县商务局采纳，相关内容写入《桐岙县推进农村电子商务高质量发展三年行动计划（2024—2026年）》。

四、2025年工作打算

计划于6月围绕“农村寄递物流”开展专题协商，9月视察全县中小学食堂管理情况。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("tongao-summary.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("tongao-summary"))


def test_a_plan_written_after_the_event_plans_nothing_of_it(kb):
    assert "县民政局" in first_line(kb, "社区居家养老服务协商请了哪些部门参加")


def test_an_outcome_clause_ends_a_plans_reach(kb):
    assert "北门堤加固工程" in first_line(kb, "防汛视察察看了哪些工程")


def test_a_plan_in_a_long_title_is_a_name(kb):
    assert "行动计划" in first_line(kb, "农村电商那件提案的内容写进了什么文件")


def test_what_a_planned_event_brought_is_not_told(kb):
    assert not kb.answer("农村寄递物流专题协商提出了哪些建议").answered
    assert not kb.answer("中小学食堂管理视察发现了什么问题").answered
