"""A total counted over a range (县级以上…, 市级及以上…) and broken down by level: the item whose level
the question names alone (县级的有几个) is asked, though the total's clause writes that level as the
start of its range; a question writing the range itself asks the total.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协松溪县委员会文化文史委员会2022年工作总结

一、开展专题调研

委员会围绕文物保护开展调研，走访文物保护单位和博物馆。调研掌握，全县共有县级以上文物保护单位63处，其中国家级2处、省级11处、县级50处，认定县级以上文物保护员41名，但部分文物年久失修。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("songxi.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songxi"))


def test_the_level_named_alone_asks_its_item(kb):
    assert "50处" in first_line(kb, "县级文物保护单位有多少处")
    assert "11处" in first_line(kb, "省级文物保护单位有几处")


def test_the_range_asks_the_total(kb):
    assert "63处" in first_line(kb, "县级以上文物保护单位有多少处")
    assert "63处" in first_line(kb, "文物保护单位一共有多少处")
