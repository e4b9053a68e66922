"""投产 (going into production) is a milestone of a project's life with a date of its own, like 竣工 or 开业:
a project told to have started building (已于11月开工建设) has no date of going into production, and the
day it started building answers only a question asking that.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """苇滨县政协2031年工作纪实

一、助力发展

2031年，县政协协助引进招商项目4个，其中苇滨精密轴承项目总投资5.2亿元，已于9月开工建设。

县政协推动建设的苇滨农产品冷链中心于6月正式投产，年处理能力3万吨。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("weibin.txt", _REPORT)], tmp_path_factory.mktemp("weibin"))


def test_a_project_only_started_has_no_production_date(kb):
    assert not kb.answer("精密轴承项目什么时候投产").answered


def test_the_date_of_the_milestone_told_answers(kb):
    assert "9月" in first_line(kb, "精密轴承项目什么时候开工")
    assert "6月" in first_line(kb, "冷链中心什么时候投产的")
