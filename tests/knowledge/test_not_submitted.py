"""How members say something was not handed in (没提交, 没有提交) is how the documents write it (未提交)."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协云杉县第七届委员会提案工作情况报告

一、2021年提案工作回顾

全县176名政协委员中，有141名委员提交了提案，占委员总数的80.1%。

二、存在的不足

提案工作发展不平衡，仍有35名委员全年未提交提案。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("yunshan-2021.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("yunshan"))


def test_not_submitted_in_members_words(kb):
    assert first_line(kb, "有多少委员没提交提案？").startswith("答：35名")
    assert first_line(kb, "全年没有提交提案的委员有多少名？").startswith("答：35名")


def test_those_who_did_are_still_answered(kb):
    assert first_line(kb, "有多少名委员提交了提案？").startswith("答：141名")
