"""Several amounts in one clause or sentence: the one the question's own phrase stands right before answers
(征集史料文章41篇、旧影像220余张 asked 旧影像征集了多少 → 220余张), and a group asked (女) is named in the clause
its share goes on with (女性9名,占17.3%; 新任常委21名,占40.4%). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.members import group_in_clause
from bot.knowledge.facts import find_quantities
from bot.knowledge.phrase_before import asked_item_phrase, phrase_before
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协琊屿市委员会2022年换届工作总结

一、主要工作

文化文史委员会启动史料征集工作，征集史料文章41篇、旧影像220余张。
新一届常委会组成人员中，女性9名，占17.3%；新任常委21名，占40.4%。
各区政协新一届委员中，女委员占比均超过21%，平均占比24.6%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yayu-term-2022.txt", _REPORT)], tmp_path_factory.mktemp("phrase"))


def test_the_amount_after_the_asked_noun_answers(kb):
    line = first_line(kb, "旧影像征集了多少")
    assert "220余张" in line and "41篇" not in line


def test_the_first_item_is_still_answered_by_its_own_noun(kb):
    assert "41篇" in first_line(kb, "史料文章征集了多少篇")


def test_a_share_goes_on_with_the_group_before_it(kb):
    line = first_line(kb, "女常委占比多少")
    assert "17.3%" in line and "40.4%" not in line


def test_the_qualified_share_asked(kb):
    line = first_line(kb, "各区政协女委员平均占比是多少")
    assert "24.6%" in line


def test_phrase_before_reads_the_question_words_only():
    sentence = "征集史料文章41篇、旧影像220余张"
    amounts = find_quantities(sentence)
    assert phrase_before("旧影像征集了多少", sentence, amounts[1].start) == "旧影像"
    assert asked_item_phrase("旧影像征集了多少", sentence, amounts[1], amounts)
    assert not asked_item_phrase("旧影像征集了多少", sentence, amounts[0], amounts)


def test_words_before_two_amounts_tell_none_apart():
    sentence = "编发简报40期,刊用信息150条;2022年编发32期、刊用信息118条"
    amounts = find_quantities(sentence)
    assert not any(asked_item_phrase("刊用信息多少条", sentence, a, amounts) for a in amounts)


def test_an_item_of_another_kind_ending_in_the_words_is_not_asked():
    sentence = "召开专题座谈会不少于5场、对口座谈会8场、界别座谈会6场"
    amounts = find_quantities(sentence)
    assert not any(asked_item_phrase("今年专题座谈会开多少场", sentence, a, amounts) for a in amounts)


def test_every_item_asked_picks_none():
    sentence = "其中普法宣讲11次、巡回法庭观摩8次"
    amounts = find_quantities(sentence)
    assert not any(asked_item_phrase("普法宣讲和巡回法庭观摩几次", sentence, a, amounts) for a in amounts)


def test_group_in_the_clause_before_a_share():
    sentence = "女性9名,占17.3%;新任常委21名,占40.4%"
    assert group_in_clause("女", sentence, sentence.index("17.3"))
    assert not group_in_clause("女", sentence, sentence.index("40.4"))
