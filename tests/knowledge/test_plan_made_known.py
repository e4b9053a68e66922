"""A plan made known or settled (通报协商计划, 研究确定…计划) is a thing done, no plan word governing the
sentence: 全年召开联席会议3次，通报协商计划 tells a result, and answers how many meetings were held.  On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import is_plan
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """溪桥市政协文史委员会2023年工作总结

一、2023年主要工作

文史委对口联系县档案馆、县图书馆等5个单位，建立联席会议制度，全年召开联席会议3次，通报协商计划，共享工作信息。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xiqiao-joint.txt", _REPORT)], tmp_path_factory.mktemp("xiqiao-joint"))


def test_a_count_beside_a_plan_made_known_answers(kb):
    assert first_line(kb, "联席会议开了几次").startswith("答：3次")


def test_a_plan_made_known_is_no_plan_told():
    assert not is_plan("", "全年召开联席会议3次,通报协商计划,共享工作信息。", 2023)
    assert is_plan("", "计划召开联席会议3次。", 2023)
