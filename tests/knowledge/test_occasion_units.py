"""Measure words of occasions (条次, 家次, like 人次 and 件次) stay whole: 反馈300余条次 is
300余条次, never 300余条. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协石桥县第七届委员会常务委员会工作报告

——2021年1月12日在政协石桥县第七届委员会第五次会议上

一、2020年主要工作

对委员报送信息实行"一事一回复"，全年向信息报送人反馈采用情况260余条次。组织委员走访企业180家次，收集意见建议96条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shiqiao-ci.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shiqiao-ci"))


def test_occasion_units_are_read_whole():
    assert [x.text for x in find_quantities("反馈300余条次,走访企业45家次,收到建议12条")] == ["300余条次", "45家次", "12条"]


def test_the_occasions_are_answered_with_their_unit(kb):
    assert first_line(kb, "去年给信息报送人反馈了多少条次？").startswith("答：260余条次")
    assert first_line(kb, "走访企业多少家次").startswith("答：180家次")


def test_plain_units_still_answer_their_own_count(kb):
    assert first_line(kb, "收集了多少条意见建议").startswith("答：96条")
