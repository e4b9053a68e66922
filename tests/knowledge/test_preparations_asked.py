"""准备 before 工作 or 情况 names the preparations, a thing inspected or done (视察防汛准备工作), not a plan
word (准备开展): a question about them asks what was done.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.frames import PLAN, question_mode
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """青岚县政协农业委员会2019年工作总结

一、民主监督

全年组织专项视察2次。5月8日，视察全县春耕生产情况；8月3日，视察全县秋粮收购准备工作，提出建议9条。

二、2020年工作打算

准备开展秋粮收购专题调研。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qinglan.txt", _REPORT.split("\n", 1)[0], "2019", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qinglan"))


def test_the_preparations_are_no_plan():
    assert question_mode("秋粮收购准备工作视察是哪天") is None
    assert question_mode("准备开展什么调研") == PLAN


def test_the_day_of_inspecting_the_preparations(kb):
    assert "8月3日" in first_line(kb, "秋粮收购准备工作视察是几月几号")
