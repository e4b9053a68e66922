"""这份 / 那份 / 这篇 / 那篇 point at a document the member has in mind (这份总结, 那篇调研报告): words of
no content, like 这次 and 那位, so no sentence is searched for them. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.question import analyse

_REPORT = """政协石溪县委员会2021年工作总结

一、主要工作

委员会形成调研报告6篇，其中《关于发展林下经济的调研报告》获县委书记批示。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shixi-this.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shixi-this"))


@pytest.mark.parametrize("question", ["这份总结是哪天写的", "林下经济那篇调研报告谁批示了", "那份调研报告叫什么"])
def test_the_demonstrative_is_no_term(kb, question):
    norm = normalize_text(question)
    terms = [t.text for t in analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index).terms]
    assert not {"这份", "那份", "这篇", "那篇"} & set(terms)
