"""Asked a count plainly (立案多少件), a report on its year answers with the year's figure before a
running total beside it (…以来累计立案630件); and 经审查立案188件 counts all that were filed: 经审查 tells
how they came to be, it narrows them to no part. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

from .conftest import first_line

_REPORT = """政协枫渡区委员会常务委员会关于四届二次会议以来提案工作情况的报告
——2021年1月15日在政协枫渡区第四届委员会第三次会议上

一、提案提交和立案情况

四届二次会议以来，区政协共收到提案215件。提案委员会坚持"严格把关、质量优先"的原则，逐件审查，经审查立案188件，立案率为87.4%。

二、本届提案工作回顾

四届一次会议以来，区政协累计收到提案702件，立案630件，均已办复。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengdu.txt", _REPORT)], tmp_path_factory.mktemp("fengdu"))


@pytest.mark.parametrize("question, fact", [
    ("立案了多少件提案", "188件"),
    ("提案立案了几件", "188件"),
    ("本届以来累计立案多少件", "630件"),
    ("四届一次会议以来一共立案多少件", "630件"),
])
def test_a_plain_count_takes_the_years_figure(kb, question, fact):
    assert fact in first_line(kb, question)


def test_a_procedure_before_the_count_narrows_nothing(kb):
    # 经审查立案188件 counts all that were filed: read as fully as a bare 立案188件.
    answerer = kb.answerer
    norm = normalize_text("立案多少件")
    q = analyse(norm, norm, answerer.segmenter, answerer.index)
    for p, sentences in enumerate(answerer.index.sentence_norm):
        for s, sentence in enumerate(sentences):
            if "经审查立案188件" in sentence:
                fit, fact, _, _ = answerer.reader.fit(q, p, s, sentence)
                assert fact == "188件" and fit == 1.0
                return
    raise AssertionError("sentence not indexed")
