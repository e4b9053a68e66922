"""The people an amount counts are named in its own clause: 其中常委9名，委员来自… counts 常委, and the
委员 of the next clause makes it no count of other people.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协石溪县委员会农业界别2020年工作总结

一、界别基本情况

界别现有县政协委员31名,其中县政协常委9名,委员来自种植养殖、农技推广、农村金融等行业。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("shixi.txt", _REPORT)], tmp_path_factory.mktemp("shixi"))


def test_standing_members_counted_before_a_clause_on_members(kb):
    assert "9名" in first_line(kb, "界别里县政协常委有几个")
