"""A kind the report names in quotes ("优秀政协委员"18名) is a part of the members when the question asks
the members plainly, but the whole of what is asked when the question names that kind itself
(评了多少名优秀政协委员 → 18名, not the 6名 of "履职之星" beside it).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岫岩县委员会2024年工作总结

一、加强委员队伍建设

健全委员履职档案，实行履职积分管理，开展年度履职考评，评选“优秀政协委员”18名、“履职之星”6名。县政协现有委员186名，分属22个界别。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xiuyan.txt", _REPORT)], tmp_path_factory.mktemp("xiuyan-quoted"))


def test_the_quoted_kind_asked_by_its_name(kb):
    assert "18名" in first_line(kb, "评了多少名优秀政协委员")


def test_the_members_asked_plainly(kb):
    assert "186名" in first_line(kb, "县政协委员有多少名")
