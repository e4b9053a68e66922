"""What became of the things a sentence counts first, told item by item: an item naming the outcome asked
(获县领导批示) as much as the first item names the topic (社情民意), and an amount opening its clause with the
outcome after it (6篇获市领导批示), count the topic's pieces. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协青石县委员会2023年工作报告

一、反映社情民意

全年共编报社情民意信息164篇，比上年增加21篇；被市政协采用38篇，被省政协采用6篇；获县领导批示19篇，推动解决了一批群众关心的问题。

二、调查研究

组织委员视察调研26次，形成调研报告18篇（2022年为12篇），被县政协采用11篇，其中被市政协采用4篇，6篇获市领导批示。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingshi.txt", _REPORT)], tmp_path_factory.mktemp("qingshi"))


def test_item_naming_the_outcome_asked_counts_the_topic(kb):
    assert "19篇" in first_line(kb, "社情民意获县领导批示多少篇")


def test_amount_before_its_outcome_counts_the_topic(kb):
    assert "6篇" in first_line(kb, "几篇调研报告获市领导批示")
