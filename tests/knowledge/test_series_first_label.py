"""The first count of a series a deed tells kind by kind (全年组织开展视察7次、专题调研12次、民主监督活动4次; 计划开展
专题协商6次、重点视察调研21项) answers with its kind (视察7次, 专题协商6次), as the later ones of the series do: the bare
figure would not say which kind it counts.  A count standing alone after its deed (召开党组会议17次，其中…) keeps its bare
figure.  On a made-up report (label_before.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协岚坞县委员会2023年工作总结

一、主要工作

全年组织开展视察7次、专题调研12次、民主监督活动4次，共邀请委员620人次参加。

全年召开党组会议17次，其中专题研究党建工作6次。

二、2024年工作安排

2024年，县政协将计划开展专题协商6次、重点视察调研21项，力争报送社情民意信息260条以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lanwu.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lanwu"))


@pytest.mark.parametrize("question, answer", [("去年搞了几次视察", "答：视察7次"),
                                              ("2024年计划开展几次专题协商", "专题协商6次"),
                                              ("民主监督活动搞了几次", "答：民主监督活动4次")])
def test_the_first_of_a_series_shows_its_kind(kb, question, answer):
    line = first_line(kb, question)
    assert line.startswith("答：") and answer.removeprefix("答：") in line


def test_a_count_alone_after_its_deed_stays_bare(kb):
    assert first_line(kb, "党组会议开了几次").startswith("答：17次")
