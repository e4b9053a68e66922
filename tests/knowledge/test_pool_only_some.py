"""A pool and the few of it a deed reached, told with 只有 / 仅 (漻川县14个乡镇中只有5个乡镇有日间照料服务):
asked those reached, the second figure answers; asked the whole, the pool.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协漻川县委员会关于农村养老的专题协商会纪要

一、委员发言

县政协委员泠埠说，漻川县14个乡镇中只有5个乡镇有日间照料服务，留守老人照护压力大。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liaochuan.txt", _REPORT)], tmp_path_factory.mktemp("liaochuan"))


@pytest.mark.parametrize("question, expected", [
    ("漻川县有日间照料服务的乡镇有几个", "答：5个"),
    ("漻川县一共有几个乡镇", "答：14个"),
])
def test_pool_and_its_part(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


@pytest.mark.parametrize("question, pooled", [
    ("漻川县有日间照料服务的乡镇有几个", True),
    ("漻川县一共有几个乡镇", False),
    ("漻川县有多少个乡镇", False),  # the pool asked plainly: no word of the few's deed
])
def test_the_pool_before_only_some(question, pooled):
    from bot.knowledge.facts import find_quantities
    from bot.knowledge.pool_figure import pool_figure
    sentence = "漻川县14个乡镇中只有5个乡镇有日间照料服务"
    pool = find_quantities(sentence)[0]
    assert pool.text.startswith("14")
    assert pool_figure(question, sentence, pool) is pooled
