"""A count of those a deed has reached (已完成登记的民宿经营户312户) is a subset: asked how many there are
plainly, the whole count answers; asked with the deed's words (登记了多少户), the subset.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.qualified_count import qualified_unasked

from .conftest import first_line

_REPORT = """政协苇岙县委员会关于乡村民宿发展的专题协商会纪要

一、部门通报

截至2024年底，全县共有各类民宿经营户418户，比2023年增加37户，增长9.7%。全县已完成登记的民宿经营户312户，登记率74.6%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("weiao.txt", _REPORT)], tmp_path_factory.mktemp("weiao"))


@pytest.mark.parametrize("question, expected", [
    ("全县现在有多少户民宿经营户", "答：418户"),
    ("全县登记了多少户民宿经营户", "答：312户"),
])
def test_the_whole_and_those_reached(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


@pytest.mark.parametrize("question, unasked", [
    ("有多少个养殖场", True),
    ("通过验收的养殖场有多少个", False),
    ("验收了多少个养殖场", False),
])
def test_qualified_unasked(question, unasked):
    sentence = "全县已通过验收的养殖场46个"
    assert qualified_unasked(question, sentence, find_quantities(sentence)[0]) is unasked
