"""例 counts cases treated or handled (会诊1.2万余例, 手术300例): a measure word of its own, asked as 几例 /
多少例. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澄岭县政协2022年履职纪实

一、助推基层医疗

县卫健局在5个乡镇卫生院建成远程心电诊断点，全年完成远程诊断8600余例。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengyi.txt", _REPORT)], tmp_path_factory.mktemp("chengyi"))


def test_cases_are_an_amount():
    assert [x.text for x in find_quantities("全年完成远程诊断8600余例")] == ["8600余例"]


def test_cases_asked_are_answered_by_cases(kb):
    assert first_line(kb, "远程诊断完成了几例").startswith("答：8600余例")
