"""What came of a deed asked (视察发现了哪些问题, 形成了哪些建议, 实现全覆盖了没有) where the report only plans
it — in its plan section, in a sentence a plan word opens, or with the deed itself aimed at (力争形成…) —
is declined (frames.question_mode reads the outcome asked as a result, plan_result.plan_span finds the
sentence planned); a deed told as done still answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协梧桥县委员会常务委员会工作报告

（2023年1月10日）

一、2022年工作回顾

5月，县政协组织委员开展河道保洁专项视察，发现垃圾堆放、违规排污等问题12个，已督促整改10个。

9月，县政协围绕“山区学校布局调整”开展协商，委员们提出建议15条，形成协商报告报送县委。

全年新建“委员工作室”6个，覆盖全县8个乡镇中的6个。

二、2023年工作安排

计划于三季度组织“农村饮水安全”回头看视察1次，督促整改落实。

重点围绕“老街区改造”“茶叶品牌建设”等议题深入协商，力争形成一批有分量的协商成果。

新建“委员工作室”2个，实现全县8个乡镇全覆盖。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("wuqiao-standing-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuqiao-standing"))


def test_outcome_asked_of_a_plan_is_declined(kb):
    assert not kb.answer("农村饮水安全回头看视察发现了哪些问题").answered
    assert not kb.answer("老街区改造协商形成了哪些建议").answered
    assert not kb.answer("委员工作室今年实现全覆盖了没有").answered


def test_outcome_asked_of_a_deed_done_is_answered(kb):
    assert kb.answer("河道保洁视察发现了哪些问题").answered
    assert kb.answer("山区学校布局调整协商形成了什么").answered
