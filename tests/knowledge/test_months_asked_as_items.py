"""哪几个月 asks months, which a report names by their numbers (分别于5月、8月和12月举办…3期): the
numbers name the items asked, they are no bare count of them.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协桐溪区委员会常务委员会2021年工作报告

一、加强委员学习

分别于5月、8月和12月举办委员履职能力培训班3期,培训委员420人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tongxi.txt", _REPORT)], tmp_path_factory.mktemp("tongxi"))


def test_months_asked_answered_by_the_months_named(kb):
    line = first_line(kb, "履职能力培训班是哪几个月办的")
    assert "5月" in line and "12月" in line
