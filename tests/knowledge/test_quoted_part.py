"""A sentence telling several named meetings in parts of their own, one amount each: asked of one meeting
by its name, the amount of another meeting's part does not answer (公共文化服务提升协商会提了多少条建议,
where only the 智慧农业发展 meeting's 32条 is told). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岚峰市委员会常务委员会工作报告

一、协商议政

精心办好专题协商会。3月8日召开"智慧农业发展"专题协商会，9名委员作发言，提出意见建议32条；6月20日召开"背街小巷整治"专题协商会，邀请专家学者4名参与协商；10月11日召开"公共文化服务提升"专题协商会，市政府分管副市长到会听取意见。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanfeng.txt", _REPORT)], tmp_path_factory.mktemp("lanfeng"))


@pytest.mark.parametrize("question, fact", [
    ("智慧农业发展协商会提了多少条建议", "32条"),
    ("背街小巷整治协商会邀请了几名专家", "4名"),
])
def test_own_part(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "公共文化服务提升协商会提了多少条建议",
    "背街小巷整治协商会有几名委员发言",
])
def test_other_part_declined(kb, question):
    assert not kb.answer(question).answered, question
