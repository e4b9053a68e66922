"""Two colloquial wordings that named no untold thing: a dummy verb after the thing done (开展健康讲座搞了多少场:
the 健康讲座 is what was done, 搞 adds nothing), and an amount reached (调增到多少个小区: no trip to a place
called 多少个小区).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协柳岸县委员会医药卫生界别2020年工作总结

一、服务群众

界别组织委员深入偏远村组宣讲健康知识,全年开展讲座31场,听众2600余人次。

二、协商成效

老旧小区改造协商后,县政府将改造计划由原定的12个小区调增至19个小区,惠及居民1800余户。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liuan.txt", _REPORT)], tmp_path_factory.mktemp("liuan"))


def test_dummy_verb_after_the_thing_done(kb):
    assert first_line(kb, "界别委员下乡开展健康讲座搞了多少场").startswith("答：31场")


def test_amount_reached_is_no_trip(kb):
    assert "19个" in first_line(kb, "老旧小区改造调增到多少个小区")
