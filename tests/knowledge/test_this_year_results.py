"""今年 read in a report's frame when results are asked outright: a report delivered in January
2020 about 2019 tells 2020 only as plans, so 今年实际新增了多少 is not answered with 2019's figure
(shown as 2019年), even where the sentence names 2020 for a plan of its own, while 去年 gets it and 今年计划 gets the plan.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澄湾市委员会常务委员会工作报告

——2020年1月8日在政协澄湾市第九届委员会第三次会议上

一、2019年工作回顾

在办理停车难提案过程中，市政府新增公共停车泊位6800个，建成立体停车场3座；推动建成沿江绿道12公里，计划2020年再建8公里。

二、2020年工作安排

围绕城市交通治理开展跟踪监督，推动计划新增公共停车泊位5000个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("chengwan.txt", _REPORT.split("\n", 1)[0], "2019", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("chengwan"))


def test_this_years_results_are_not_last_years_figure(kb):
    assert not kb.answer("今年实际新增了多少个停车泊位").answered
    assert not kb.answer("今年已经建成了几座立体停车场").answered


def test_last_year_and_this_years_plan_are_answered(kb):
    assert "6800个" in first_line(kb, "去年新增了多少个停车泊位")
    assert "5000个" in first_line(kb, "今年计划新增多少个停车泊位")
