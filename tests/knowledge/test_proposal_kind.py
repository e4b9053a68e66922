"""One kind of proposals rated or counted (联名提案立案率, 生态文明提案办结率, 个人提案立案了多少件): the
sentence telling all proposals' rate or count (立案率为88.4%, 办结率100%) is no answer; the kind's own figure,
written with its name, is (生态文明方面提案34件, 委员个人提案203件), and so is all proposals' rate asked
plainly, with the time and committee before 提案 narrowing nothing (去年县政协提案立案率).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协蓼滨县委员会常务委员会关于提案工作情况的报告

各位委员：

2023年，蓼滨县政协提案工作在县委领导下扎实推进。

一、提案提交和立案情况

十届二次会议以来，蓼滨县政协共收到提案300件，经审查立案264件，立案率为88.0%。

立案提案中，委员个人提案203件，集体提案61件；涉及经济建设方面112件，生态文明方面提案34件。

二、提案办理情况

县卫健局、县教育局等承办单位认真办理，县政协鼓励委员联名提出提案，围绕生态文明建设建言。

目前，立案提案已全部办结，办结率100%，提案者满意和基本满意率达97.3%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liaobin.txt", _REPORT)], tmp_path_factory.mktemp("liaobin"))


@pytest.mark.parametrize("question", ["联名提案立案率多少", "生态文明提案办结率多少", "个人提案立案率是多少",
                                      "县卫健局办的提案满意率是多少"])
def test_all_proposals_figure_is_no_answer_for_one_kind(kb, question):
    assert not kb.answer(question).answered


def test_a_kinds_own_figure_answers(kb):
    assert first_line(kb, "生态文明提案有多少件").startswith("答：34件")
    assert first_line(kb, "委员个人提案有多少件").startswith("答：委员个人提案203件")


@pytest.mark.parametrize("question, answer", [("去年县政协提案立案率是多少", "答：88.0%"),
                                              ("蓼滨县政协提案办结率多少", "答：办结率100%")])
def test_all_proposals_asked_plainly_answer(kb, question, answer):
    assert first_line(kb, question).startswith(answer)
