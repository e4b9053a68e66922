"""A question whose words begin a document's phrase and then go on in plain words (委员有多少名 beside
the slogan 委员有责) is read as written, not mended into the phrase; a word missing its last content
character (银杏暖心 for 银杏暖心团) is still mended.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """松岙县政协2021年履职情况

一、凝聚委员力量

围绕“发展松岙、委员有责”的主题，县政协组织委员深入乡镇开展履职活动。全县现有县政协委员215名，其中党外委员128名。

二、服务群众

组建“银杏暖心团”，全年开展送医下乡活动18场，服务群众2300人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("songao.txt", _REPORT.split("\\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songao-opening"))


def test_plain_words_after_a_phrase_opening_are_kept(kb):
    corrected, fixes = kb.answerer.index.correct("委员有多少名")
    assert corrected == "委员有多少名" and fixes == 0


def test_the_count_is_answered(kb):
    answer = kb.answer("县政协委员有多少名")
    assert answer.answered and "215名" in answer.text.split("\\n", 1)[0]


def test_a_word_missing_its_last_character_is_mended(kb):
    corrected, fixes = kb.answerer.index.correct("银杏暖心开展了几场")
    assert "银杏暖心团" in corrected and fixes >= 1
