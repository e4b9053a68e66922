"""A sentence opening with a time alone (全年刊发各类稿件388篇、约91万字) goes on about what its paragraph named
before it (《某政协》杂志): a question naming that thing is about its figures, more than about a sentence with a
subject of its own (全市政协系统…共刊发稿件920篇) whose paragraph names it only in passing. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.paragraph_topic import carried_words
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协沅桧市委员会2023年宣传信息工作总结

一、新闻宣传

2023年，全市政协系统在中央、省、市各级媒体共刊发稿件920篇，比上年增长9.2%。其中，在省级媒体刊发210篇，其中"岷栎政协"杂志采用26篇、岷栎日报采用35篇。

二、新媒体

"沅桧政协"微信公众号全年推送信息960篇，粉丝数达3.8万。"桧声"视频号全年发布短视频120条，累计播放量52万次。

三、信息工作

全年编报政协信息110期，向省政协报送各类信息300条，被省政协采用72条。

四、政协刊物

一是《沅桧政协》杂志提质扩面。《沅桧政协》杂志为双月刊，全年出版6期，每期印刷3000册。全年刊发各类稿件388篇、约91万字，图片500余幅。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yuangui.txt", _REPORT)], tmp_path_factory.mktemp("yuangui-topic"))


def test_the_paragraphs_thing_is_the_subject_of_a_sentence_without_one(kb):
    assert "388篇" in first_line(kb, "杂志全年刊发了多少篇稿件")
    assert "91万字" in first_line(kb, "杂志去年大概多少字")


def test_a_sentence_with_a_subject_of_its_own_carries_nothing():
    sentences = ["一是杂志提质扩面。", "全年刊发各类稿件388篇。", "全年全市政协系统发稿920篇。"]
    assert carried_words(sentences, 1, [("杂志",), ("稿件",)]) == {0}
    assert carried_words(sentences, 2, [("杂志",)]) == set()
    assert carried_words(sentences, 0, [("杂志",)]) == set()
