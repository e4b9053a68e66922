"""A word the question writes under 不 (不满意的提案有几件): a sentence writing the word alone (表示满意和基本满意的
231件) tells the opposite, so the figure told under 不 answers (表示不满意的6件提案); asked without 不, the
other figure answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岙山县委员会关于提案办理情况的报告

一、办理结果

截至2024年11月30日，立案的237件提案全部办结。提案者对办理结果表示满意和基本满意的231件，满意率为97.5%。对表示不满意的6件提案，县政协督促承办单位重新办理。

二、立案情况

经审查，立案237件，不予立案的19件转为社情民意信息。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("aoshan.txt", _REPORT)], tmp_path_factory.mktemp("aoshan"))


@pytest.mark.parametrize("question, amount", [("对办理结果不满意的提案有几件", "6件"), ("不满意的有多少件", "6件"),
                                              ("对办理结果满意的提案有几件", "231件"), ("不立案的有几件", "19件")])
def test_the_figure_under_the_asked_negation_answers(kb, question, amount):
    assert first_line(kb, question).startswith("答：" + amount)
