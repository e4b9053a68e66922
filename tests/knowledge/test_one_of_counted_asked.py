"""Which one of several the question counts (那9篇里哪篇获了批示, 另一条社情民意是什么), the sentence only counting
them (被省政协采用9篇; 被省政协采用2条;获市、区领导批示5条 — 市、区 are levels, no list naming the ones counted):
declined, as 哪几篇 is; a sentence quoting them answers.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岚溪区委员会2021年工作报告

一、社情民意

全年共报送社情民意信息186篇，被全国政协采用2篇，被省政协采用9篇，被市政协采用41篇；获区领导批示23篇次。

统战界别报送的社情民意被区政协采用28条，被市政协采用10条，被省政协采用2条；获市、区领导批示5条。

二、提案工作

被全国政协采用的2篇信息是"关于规范乡村民宿消防管理的建议""关于加强山区留守老人助餐服务的建议"。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxi.txt", _REPORT)], tmp_path_factory.mktemp("lanxi"))


@pytest.mark.parametrize("question", ["省政协采用的那9篇里哪篇获了批示", "统战界别被省政协采用的另一条社情民意是什么"])
def test_one_of_several_only_counted_is_declined(kb, question):
    assert kb.answer(question).text.startswith("抱歉")


def test_the_ones_quoted_answer(kb):
    assert "乡村民宿" in first_line(kb, "被全国政协采用的2篇信息是什么")
