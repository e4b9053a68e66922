"""Work the answerer's first pass and close reading no longer repeat, each answer unchanged: a term a paragraph does
not tell is not looked for in its sentences (term_match.within_text), an item's name is found in the question without
a pattern compiled for it (normalize.find_apart), the noun a question counts is read once per unit, and a sentence
without a digit has no amount beside a word (amount_beside).  On reports of our own."""

from __future__ import annotations

import random
import re

import pytest

from bot.knowledge import answer as answer_module
from bot.knowledge.amount_beside import amount_beside
from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import find_apart
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import Term, analyse
from bot.knowledge.term_match import term_strength, within_text

_HEMP = """政协麻岭县委员会2022年工作报告

一、建言资政

全年共收到提案164件，经审查立案151件，其中集体提案12件。
围绕“茶旅融合”开展专题调研3次，形成调研报告2篇。

二、服务群众

组织医卫界委员开展义诊活动18场，服务群众2300余人次。
在青苔乡、云沟镇、石坝镇分别建成委员工作室2个、3个、1个。
抗击疫情期间，委员捐款捐物折合86万元。
"""

_QUESTIONS = ["提案立案了多少件？", "义诊活动开展了多少场？", "委员工作室建了几个？", "抗疫捐了多少钱？",
              "云沟镇建成委员工作室几个？", "专题调研开展了几次？", "集体提案有多少件？"]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("maling.txt", _HEMP)], tmp_path_factory.mktemp("first_pass"))


def test_a_plain_term_a_paragraph_does_not_tell_no_sentence_of_it_tells(kb):
    for question in _QUESTIONS:
        q = analyse(question, question, kb.segmenter, kb.index)
        for p, sentences in enumerate(kb.index.sentence_norm):
            for term in q.terms:
                if within_text(term) and not term_strength(kb.index, term, kb.index.passage_norm[p]):
                    assert all(not term_strength(kb.index, term, sentence) for sentence in sentences)


def test_an_abbreviation_is_read_in_a_piece_its_whole_paragraph_misses(kb):
    # A word the documents never use (医诊) read as its characters in order, close together: the paragraph's first 医
    # stands far from its 诊, its last sentence holds both side by side.  Such a term is read in every sentence.
    term = Term(text="医诊", weight=1.0, equivalents=("医诊",), entity=False, known=False)
    assert not within_text(term)
    sentence = "开展医疗义诊18场。"
    assert term_strength(kb.index, term, sentence) > 0.0
    assert term_strength(kb.index, term, "医保政策宣传进村入户,覆盖群众5000余人。" + sentence) == 0.0


def test_answers_unchanged_with_fewer_terms_read(kb, monkeypatch):
    calls = []
    original = answer_module.term_strength
    monkeypatch.setattr(answer_module, "term_strength", lambda *a: (calls.append(1), original(*a))[1])
    fast = [kb.answer(q).text for q in _QUESTIONS]
    read_fast = len(calls)
    calls.clear()
    monkeypatch.setattr(answer_module, "within_text", lambda term: False)
    slow = [kb.answer(q).text for q in _QUESTIONS]
    assert fast == slow
    assert read_fast < len(calls)


def test_names_found_as_a_pattern_finds_them():
    chance = random.Random(7)
    for _ in range(3000):
        text = "".join(chance.choice("立案视察调研") for _ in range(chance.randint(0, 14)))
        name = "".join(chance.choice("立案视察") for _ in range(chance.randint(0, 3)))
        assert find_apart(text, name) == [m.start() for m in re.finditer(re.escape(name), text)]


def test_no_amount_beside_a_word_in_a_sentence_without_digits(kb):
    q = analyse("义诊活动开展了多少场", "义诊活动开展了多少场", kb.segmenter, kb.index)
    assert amount_beside(q, "组织医卫界委员开展义诊活动18场。")
    assert not amount_beside(q, "组织医卫界委员开展义诊活动多场。")
