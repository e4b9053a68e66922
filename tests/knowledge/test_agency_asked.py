"""A which-agency question (这件提案是哪个部门办的) is read in a sentence naming an agency (本件提案由区民政局主办, under
the proposal's title), not in a plan repeating the title (agency_asked.py); and the figure checked for what it counts is
the one in the asked words' clause when the same figure stands twice (比2024年的3件…其中个人提案3件: asked_untold.py).
On a member's report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """区政协委员卞秋池2025年度个人履职报告

各位委员：

一、提交提案情况

2025年，本人共提交提案5件，比2024年的3件增加2件，其中个人提案3件、联名提案2件。经审查，立案5件。

（一）《关于完善社区老年食堂运营的提案》。本件提案由区民政局主办，建议推动老年食堂连锁运营。区民政局答复已在两个街道开展试点。

（二）《关于加强校园周边交通安全的提案》。本件提案由区公安分局交警大队主办、区教育局协办。

二、下一步打算

对已立案但尚在办理中的提案，特别是社区老年食堂运营和校园周边交通安全两件提案，本人将继续跟踪办理进展，推动承办单位把答复承诺落到实处。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("bian-qiuchi-2025.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("bian"))


def test_the_agency_asked(kb):
    assert "区民政局" in first_line(kb, "社区老年食堂运营提案是哪个部门办的")
    assert "区民政局" in first_line(kb, "老年食堂提案哪个单位主办")


def test_the_same_figure_twice(kb):
    assert "3件" in first_line(kb, "个人提案有几件")
    assert "2件" in first_line(kb, "联名提案有几件")


def test_an_institution_is_an_agency():
    from bot.knowledge.agency_asked import agency_untold
    assert not agency_untold("文史馆和哪个单位合作筹建", "与市档案馆合作筹建文史馆。")
    assert agency_untold("这件提案哪个单位主办", "特别是社区养老服务提案,本人将继续跟踪,推动承办单位落实。")
