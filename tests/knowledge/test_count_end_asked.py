"""The day a count runs to asked with the counting itself named (提案统计截止到哪天): 截至… tells it, though the
report never writes 统计. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协枫堰县委员会2023年提案工作情况报告

一、提案提交和立案

九届二次会议以来，截至2023年12月15日，共收到委员、各民主党派县委会和各界别提交的提案318件，比上年增加21件。

经审查，立案296件，立案率93.1%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan8.txt", _REPORT)], tmp_path_factory.mktemp("fengyan8"))


def test_count_end_asked_with_the_counting_named(kb):
    assert first_line(kb, "提案统计截止到哪天").startswith("答：2023年12月15日")
    assert first_line(kb, "提案数据截至几号").startswith("答：2023年12月15日")
