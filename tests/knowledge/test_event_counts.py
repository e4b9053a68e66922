"""Members count events by 次 where a report counts them by 项 or 件 (牵头完成专题调研5项): asked 专题调研搞了几次,
the figure whose words right before it are the very event named answers (named_measure.py), not a 次 of
another event; a 项 of another thing (调研课题6项) stays unasked. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """梧溪市政协人口资源环境委员会2023年工作总结

一、专题调研

全年围绕市委、市政府中心工作，牵头完成专题调研5项，形成调研报告5篇，提出意见建议41条。会前，委员会组织委员开展专题视察3次，收集意见建议22条。

二、2024年工作打算

计划开展专题调研3项，组织监督性视察不少于4次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("wuxi.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuxi"))


def test_an_event_counted_in_xiang_answers_ji_ci(kb):
    assert first_line(kb, "去年专题调研搞了几次").startswith("答：5项")
    assert first_line(kb, "今年计划开展几次专题调研").startswith("答：3项")


def test_the_ci_of_the_event_named_still_answers(kb):
    assert first_line(kb, "去年专题视察搞了几次").startswith("答：3次")
    assert first_line(kb, "去年牵头完成几项专题调研").startswith("答：5项")
