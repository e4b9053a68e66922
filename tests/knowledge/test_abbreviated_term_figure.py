"""A question's two-character abbreviation (运维) of the four-character word a report writes (运行维护): the
amount told beside the full word answers, not the first amount of the list.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协榆湾市委员会办公室2023年经费使用情况的报告

一、经费支出

2023年实际支出专项经费96.4万元。其中,系统升级改造支出52万元,干部业务培训支出8.4万元,系统运行维护支出12.6万元。双方签订了运维服务协议,平台开发和运维主要依赖外部企业,自主运维能力有待提高。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yuwan-funds.txt", _REPORT)], tmp_path_factory.mktemp("yuwan-funds"))


@pytest.mark.parametrize("question, fact", [
    ("系统运维支出多少", "12.6万元"),
    ("系统升级改造支出多少", "52万元"),
])
def test_abbreviated_word_finds_its_amount(kb, question, fact):
    assert fact in first_line(kb, question)
