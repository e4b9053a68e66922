"""A range of ordinals asked (是第几辑到第几辑): the answer is the range as the text writes it
(第九辑至第十二辑), not its first ordinal alone. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协溆桥市第六届委员会常务委员会工作报告

一、过去五年工作回顾

传承弘扬文史资料。五年来编辑出版《溆桥文史资料》第九辑至第十二辑共4辑，收集口述资料60余万字。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xuqiao-range.txt", _REPORT)], tmp_path_factory.mktemp("xuqiao_range"))


def test_a_range_of_ordinals_is_answered_whole(kb):
    assert "第九辑至第十二辑" in first_line(kb, "五年出版的溆桥文史资料是第几辑到第几辑")
