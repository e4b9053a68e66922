"""Readings of a count question, on a report of our own.

A question counting a thing by a measure word of its own (多少件提案) is not answered by an amount in the general
个 that counts something else in a sentence naming that thing (…的提案推动建成社区食堂27个): a 提案 counted would be
written in 件. And the noun shown after an amount (14条建议) ends before a preposition or the passive's 被, however
the question joins them (有多少条建议被采纳). A verb written apart from its object (立了多少件提案) asks the joined
word (立案). And 分成 is asked for 分属 (general Chinese: synonyms.txt)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.separable import join_separable

from .conftest import first_line

_REPORT = """政协榛岙市委员会常务委员会工作报告
——2024年1月10日在政协榛岙市第六届委员会第三次会议上

一、2023年工作回顾

全市现有市政协委员312名，分属28个界别。
其中，委员方立提出的《关于建设社区食堂的提案》推动全市建成社区食堂27个，惠及老年人一万余名。
一年来，共收到提案356件，经审查立案312件，未立案的转为意见建议处理。
全年组织专题协商4次，形成建议20条，其中“设立养老服务专项资金”等9条建议被市政府采纳。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhenao.txt", _REPORT)], tmp_path_factory.mktemp("zhenao"))


def test_a_measure_of_its_own_is_not_answered_by_a_general_count_of_another_thing(kb):
    # 社区食堂 are no 提案: declined, or (建成 being no word of the 提案 counted) the 提案 received
    assert "27个" not in kb.answer("去年建成了多少件提案").text.split("\n", 1)[0]


def test_a_general_count_still_answers_the_thing_it_counts(kb):
    assert "27个" in first_line(kb, "建成了多少个社区食堂")


@pytest.mark.parametrize("question", ["有多少条建议被采纳了", "多少条建议被市政府采纳"])
def test_the_noun_shown_after_an_amount_ends_before_the_passive(kb, question):
    line = first_line(kb, question)
    assert "9条建议" in line and "建议被" not in line


@pytest.mark.parametrize("question", ["委员分成几个界别", "委员分属多少个界别"])
def test_divided_into_is_asked_for_belonging_to(kb, question):
    assert "28个界别" in first_line(kb, question)


@pytest.mark.parametrize("question", ["去年立了多少件提案", "一共立了几件提案", "立案了多少件", "去年提案立了多少件"])
def test_a_verb_written_apart_from_its_object_asks_the_joined_word(kb, question):
    """立了多少件提案 asks 立案 (separable.py): not the 356件 received, nor the 27个 of 方立's 提案."""
    assert "312件" in first_line(kb, question)


@pytest.mark.parametrize("words, joined", [
    (["去年", "立", "了", "多少", "件", "提案"], "去年立案了多少件提案"),
    (["提案", "立", "了", "多少", "件"], "提案立案了多少件"),  # the object right before, as the topic
    (["去年", "提案", "立", "了", "几", "件"], "去年提案立案了几件"),
    (["提案", "今年", "立", "了", "几", "件"], "提案今年立了几件"),  # the object further off: left as it is
    (["集体", "提案", "立", "了", "多少", "件"], "集体提案立了多少件"),  # a kind of it: the kind counted, left as it is
    (["建立", "了", "几个", "提案", "机制"], "建立了几个提案机制"),  # 立 inside 建立: no verb of its own
    (["立", "了", "几", "项", "制度"], "立了几项制度"),  # no object written: nothing to join
])
def test_join_separable(words, joined):
    assert join_separable("".join(words), words, lambda word: word == "立案") == joined


def test_the_joined_word_before_its_verb_is_not_joined_again():
    words = ["大会", "发言", "发", "了", "几", "篇"]
    assert join_separable("".join(words), words, lambda word: word == "发言") == "大会发言发了几篇"
