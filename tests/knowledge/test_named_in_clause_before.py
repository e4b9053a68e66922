"""A clause going on about what the clause before names in quotes (创办"枫林讲堂"，邀请专家学者授课6期): its amount,
in the very measure word asked (讲了几期), counts that named thing. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年工作总结

一、学习教育

创办"枫林讲堂"，邀请专家学者授课6期，线上线下参与委员900余人次。

县政协组织委员开展视察活动11次，提出意见建议47条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan15.txt", _REPORT)], tmp_path_factory.mktemp("fengyan15"))


def test_named_thing_in_the_clause_before(kb):
    assert first_line(kb, "枫林讲堂讲了几期").startswith("答：6期")
