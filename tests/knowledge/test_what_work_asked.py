"""视察的是什么工作 asks what was inspected: 的是 before 什么工作 is no attribute asked (as 分管什么工作
is), and the sentence telling the month's inspection answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协柳川区委员会2022年工作报告

一、民主监督

4月，组织委员视察城区河道整治情况；10月，视察全区森林防火工作。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liuchuan.txt", _REPORT)], tmp_path_factory.mktemp("liuchuan"))


def test_what_was_inspected_is_answered(kb):
    assert "森林防火" in first_line(kb, "10月视察的是什么工作")
