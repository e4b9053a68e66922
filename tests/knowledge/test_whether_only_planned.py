"""Whether something came about asked (平台上线了没), the sentence telling it only as a plan (计划于次年
6月底前上线运行): a plan says nothing of whether it was done, so the question is declined; a sentence
telling it done answers. On a report of our own."""

from __future__ import annotations

from bot.knowledge.documents import document_from_text
from bot.knowledge.proposed_only import whether_planned_only
from bot.knowledge.public import KnowledgeBase

_PLANNED = """政协松岭区委员会提案工作情况报告

一、2022年提案工作

全年立案提案186件，全部办复。

二、2023年工作打算

建设"松岭掌上提案"系统，计划于2023年9月底前上线运行，实现提案全流程网上办理。
"""

_DONE = """政协柏川区委员会提案工作情况报告

一、2022年提案工作

建设"柏川掌上提案"系统，已于2022年9月上线运行，实现提案全流程网上办理。
"""


def test_a_plan_tells_nothing_of_whether_it_was_done():
    assert whether_planned_only("掌上提案系统上线了没", ["掌上提案", "系统", "上线"],
                                '建设"松岭掌上提案"系统,计划于2023年9月底前上线运行,实现提案全流程网上办理。')
    assert not whether_planned_only("掌上提案系统上线了没", ["掌上提案", "系统", "上线"],
                                    '建设"柏川掌上提案"系统,已于2022年9月上线运行。')


def test_declined_when_planned_answered_when_done(tmp_path):
    planned = KnowledgeBase([document_from_text("songling.txt", _PLANNED)], tmp_path / "a")
    assert not planned.answer("松岭掌上提案系统上线了没").answered
    done = KnowledgeBase([document_from_text("baichuan.txt", _DONE)], tmp_path / "b")
    assert done.answer("柏川掌上提案系统上线了没").answered


def test_whether_one_is_planned_is_answered_by_the_plan():
    shown = '计划召开专题协商会4次,分别围绕"数字经济发展""城市更新"开展协商。'
    assert not whether_planned_only("今年专题协商会有没有关于城市更新的", ["专题协商会", "城市更新"], shown)
