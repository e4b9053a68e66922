"""How long a planned event is to last (党校培训班为期几天), asked plainly, is set by the plan that tells of it;
how long it did last (开了几天) is still declined when the report only plans it.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """溪桥市政协提案委员会2023年工作总结

一、2023年主要工作

全年组织委员开展提案调研6次，形成调研报告4篇。

二、2024年工作打算

计划于2024年5月组织委员赴省委党校参加为期4天的提案业务培训班。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xiqiao-plan.txt", _REPORT)], tmp_path_factory.mktemp("xiqiao-plan"))


def test_a_planned_events_length_is_told_by_its_plan(kb):
    assert first_line(kb, "党校培训班为期几天").startswith("答：4天")


def test_how_long_it_did_last_is_declined(kb):
    assert not kb.answer("党校培训班开了几天").answered
