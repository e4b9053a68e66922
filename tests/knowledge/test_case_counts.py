"""起 and 宗 count cases and incidents, as 件 counts proposals: 多少起 asks a count, never answered by a
share or a rate. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协白石县委员会2021年工作报告

一、民主监督

围绕安全生产开展专项民主监督，全县全年发生安全生产事故3起，比上年减少2起，万元产值事故发生率下降12.5%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("baishi.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("baishi"))


def test_a_count_of_incidents_is_answered_by_one(kb):
    assert "3起" in first_line(kb, "去年全县发生了多少起安全生产事故")


def test_a_count_of_cases_is_never_a_rate(kb):
    assert not kb.answer("全县去年刑事案件立案多少起").answered
