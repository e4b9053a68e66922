"""Which ones of a kind asked (视察了哪几个社区) where the sentence names each by its own name ending in the noun
and counts them after (察看南塘社区、北坊社区2个社区): the list answers, though masking the question's noun
(社区) once hid it (counted_only.py).  A sentence only counting them still declines.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """琴岛区政协文化界别2023年度履职工作总结

一、视察调研

9月12日，界别12名委员参加视察，察看南塘社区、北坊社区2个社区和区文化馆，提出建议6条。
10月20日，界别组织委员走访3个街道，了解基层文化设施运行情况。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("isle.txt", _REPORT)], tmp_path_factory.mktemp("kind-listed"))


def test_named_ones_answer(kb):
    line = first_line(kb, "9月12日视察了哪几个社区")
    assert "南塘社区" in line and "北坊社区" in line


def test_only_counted_declines(kb):
    assert not kb.answer("10月20日走访了哪几个街道").answered
