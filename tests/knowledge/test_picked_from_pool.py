"""Asked the whole (全市一共几个界别), a figure picked from a pool (全市29个界别中的17个界别) does not answer: the
pool before it does. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.facts import find_quantities
from bot.knowledge.pool_figure import picked_from_pool
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协椑江市委员会2023年协商议事室工作总结

一、总体情况

全年各界别共主办议事活动38场，涉及全市政协29个界别中的17个界别。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("beijiang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("beijiang"))


def test_the_whole_asked_is_the_pool(kb):
    assert "29个" in first_line(kb, "全市政协一共几个界别")


def test_picked_from_pool_only_when_the_whole_is_asked():
    sentence = "覆盖全市18个乡镇中的11个乡镇。"
    picked = [x for x in find_quantities(sentence) if x.text.startswith("11")][0]
    pool = [x for x in find_quantities(sentence) if x.text.startswith("18")][0]
    assert picked_from_pool("全市一共几个乡镇", sentence, picked)
    assert not picked_from_pool("全市一共几个乡镇", sentence, pool)
    assert not picked_from_pool("覆盖了几个乡镇", sentence, picked)
