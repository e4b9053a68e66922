"""How many parts a section has, asked by its heading's words (section_parts.py): the count its lead-in
writes (重点做好以下六个方面工作), or its numbered paragraphs, or the points one paragraph numbers (一是…二是…);
and how many parts a quoted work covers, told after its title (titles.py).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协榕溪县委员会社会和法制委员会2023年工作总结及2024年工作打算

一、2023年主要工作

（一）抓好学习培训

全年组织委员集中学习9次，举办培训班2期。
（二）深化调查研究

围绕基层矛盾化解开展调研5次，形成调研报告3篇。
（三）加强民主监督

组建监督小组4个，提出意见建议27条。
会前，委员会梳理形成《榕溪县法治建设调研选题指南》，涵盖五个方面、40个题目，印发全体委员。
二、存在的不足

一年来，工作仍存在一些不足：一是调研深度不够；二是成果转化不够充分；三是委员联系群众不够经常。
三、2024年工作打算

2024年，委员会将围绕县委中心工作，重点做好以下六个方面工作：
（一）加强思想建设。全年组织集中学习不少于10次，力争培训委员120人次。
（二）提升调研质量。计划开展专题调研4次，力争使调研报告达到5篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("banyan.txt", _REPORT)], tmp_path_factory.mktemp("section-parts"))


def test_count_the_lead_in_writes(kb):
    line = first_line(kb, "2024年工作打算分几个方面")
    assert "六个方面" in line or "6个方面" in line


def test_numbered_paragraphs_counted(kb):
    assert "3个方面" in first_line(kb, "2023年主要工作有几个方面")


def test_points_of_one_paragraph_counted(kb):
    assert "3个方面" in first_line(kb, "存在的不足有几个方面")


def test_parts_of_a_quoted_work(kb):
    line = first_line(kb, "调研选题指南涵盖几个方面")
    assert "五个方面" in line or "5个方面" in line


def test_no_heading_names_it(kb):
    assert not kb.answer("2025年工作打算分几个方面").answered
