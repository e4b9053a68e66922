"""Items asked by a noun and then a deed (哪些民主党派参加了…的监督): the noun whose items are asked is the one before the
deed (民主党派), not the last word of the question (监督), so a sentence listing places of that 监督 does not pass for
the list (items.py); and 县区 is a report's 县(区) (synonyms.txt). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫渚市政协关于2025年度专项民主监督工作的报告

一、专项民主监督开展情况

1.枫渚河流域生态保护专项民主监督。由市政协副主席黎远帆任组长，城建委员会主任祁慕白任副组长，城建委员会牵头，民进、农工党两个市委会参与。监督组沿枫渚河干流及青溪河、竹溪河两条支流，深入江北区、江南区、青湾县、竹溪县四个县（区），对41个排污口开展现场核查。监督发现问题18个，已整改到位15个。

2.乡村学校建设专项民主监督。由市政协副主席邝怀瑾任组长，教育委员会牵头，市工商联、致公党枫渚市委会参与。监督组走访学校26所，提出意见建议12条。

二、2026年工作安排

2026年，市政协将继续开展专项民主监督。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("fengzhu-city-2025.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("fengzhu"))


def test_the_noun_before_the_deed_is_asked(kb):
    line = first_line(kb, "哪些民主党派参加了枫渚河的监督")
    assert "民进" in line and "农工党" in line


def test_counties_and_districts_written_xian_qu(kb):
    line = first_line(kb, "枫渚河监督去了哪几个县区")
    assert "江北区" in line and "竹溪县" in line
