"""A figure counted within an awarded set (优秀提案中，委员个人提案9件) counts the winners of a
commendation, not the whole the same words break down elsewhere (立案提案中，委员个人提案176件);
a question saying no word of commendation asks the whole. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.awarded_set import counted_among_awarded
from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协栎川县委员会关于2021年提案工作情况的报告

一、提案提交情况

全年共收到提案214件，经审查立案198件。在立案的198件提案中，委员个人提案176件，占88.9%，集体提案22件，占11.1%。

二、优秀提案评选

为激励先进，县政协常委会对2021年度优秀提案13件予以通报表彰。优秀提案中，委员个人提案9件，集体提案4件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lichuan.txt", _REPORT)], tmp_path_factory.mktemp("lichuan"))


@pytest.mark.parametrize("question, fact", [
    ("委员个人提案多少件", "176件"),
    ("集体提案有几件", "22件"),
    ("优秀提案中委员个人提案几件", "9件"),
])
def test_the_awarded_part_answers_only_when_asked(kb, question, fact):
    assert fact in first_line(kb, question)


def _awarded(sentence: str, figure: str, question: str = "委员个人提案多少件") -> bool:
    sentence = normalize_text(sentence)
    return counted_among_awarded(normalize_text(question), sentence, sentence.index(figure))


@pytest.mark.parametrize("sentence, figure", [
    ("优秀提案中，集体提案4件，委员个人提案9件。", "9件"),
    ("评选出优秀提案20件，其中集体提案6件、委员个人提案14件。", "14件"),
    ("受表彰的先进个人中，基层委员11名。", "11名"),
])
def test_within_an_awarded_set(sentence, figure):
    assert _awarded(sentence, figure)


@pytest.mark.parametrize("sentence, figure, question", [
    ("县政协被评为先进单位，全年收到提案214件。", "214件", "委员个人提案多少件"),
    ("在立案的198件提案中，委员个人提案176件。", "176件", "委员个人提案多少件"),
    ("优秀提案中，委员个人提案9件。", "9件", "优秀提案里委员个人提案几件"),
])
def test_not_within_an_unasked_award(sentence, figure, question):
    assert not _awarded(sentence, figure, question)
