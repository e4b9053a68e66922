"""A figure to be reached by a year after the one a report tells of (到2026年覆盖率达到90%, in a proposal or a
reckoning of a 2024 report) is a target, a plan, though no plan word (计划, 力争) stands before it: asked
what it is to reach by then (到2026年要达到多少), it answers (frames.is_plan, _TARGET_YEAR). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """芷陂市政协“推进社区养老服务”专题协商会纪要

一、会议情况

2024年6月20日，芷陂市政协召开“推进社区养老服务”专题协商会，市政协委员、有关部门负责同志共52人参加。

二、委员发言

（一）市政协委员郗文樾：补齐社区养老短板。他说，全市社区日间照料中心覆盖率为62%，农村地区明显偏低。他建议，加快建设社区日间照料中心，到2026年覆盖率达到90%；推动养老机构智能监护设备全部联网。
（二）市政协委员郗明澈：测算床位需求。她测算，按现有人口结构，到2027年全市需要养老床位约1.8万张。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("zhipi-care.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("zhipi-care"))


def test_a_target_year_ahead_is_a_plan(kb):
    assert first_line(kb, "日间照料中心覆盖率到2026年要达到多少").startswith("答：90%")


def test_a_reckoning_for_a_year_ahead(kb):
    assert "1.8万张" in first_line(kb, "郗明澈测算到2027年全市要多少养老床位")
