"""A bound set for the year a report plans (今年…至少几场, 最多评多少件, 要保持在多少): in a report delivered early
in that year, 今年 is the plan year and the bound is its target, told with its bound (不超过12件, never 超过12件;
95%以上); what the year before did is still its result. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, load_document

from .conftest import first_line

_REPORT = """关于政协桐岗县第七届委员会第四次会议以来提案工作情况的报告

——二〇二二年一月十二日在政协桐岗县第七届委员会第五次会议上

一、过去一年提案工作的主要情况

2021年，县政协共召开提案办理协商会6场，其中现场协商会3场。提案人对办理结果的满意和基本满意率为96.4%。县政协表彰优秀提案14件。

二、今年提案工作安排

（一）深化办理协商。拟召开提案办理协商会不少于8场，其中现场协商会至少5场。

（二）提升办理实效。提案人满意和基本满意率保持在95%以上。

（三）完善评选机制。年底前继续开展优秀提案评选，评选数量不超过12件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    # Loaded as a file is: the dateline under the title (delivered January 2022) dates the report on 2021.
    path = tmp_path_factory.mktemp("tonggang-text") / "tonggang-proposals.txt"
    path.write_text(_REPORT, encoding="utf-8")
    return KnowledgeBase([load_document(path)], tmp_path_factory.mktemp("tonggang-proposals"))


def test_a_bound_for_the_plan_year_is_its_target(kb):
    assert "5场" in first_line(kb, "今年现场协商会至少几场")
    assert "95%以上" in first_line(kb, "今年满意率要保持在多少")
    line = first_line(kb, "今年优秀提案最多评多少件")
    assert "不超过12件" in line


def test_the_year_before_is_still_its_result(kb):
    assert "3场" in first_line(kb, "去年开了几场现场协商会")
    assert "14件" in first_line(kb, "去年表彰优秀提案多少件")
