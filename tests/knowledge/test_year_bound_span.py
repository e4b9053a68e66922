"""A year written as a bound in a question (2010年以前建成的桥梁有多少座) asks of what came before it, not of
that year's figure: a sentence telling the same span (2010年以前建成的农村桥梁有84座) answers, one
naming another bound does not.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.told_words import span_told

from .conftest import first_line

_REPORT = """岚岫市政协城乡建设委员会2021年工作总结

（二〇二二年一月二十日）

一、专题调研

委员会围绕农村桥梁安全开展专题调研。全市2010年以前建成的农村桥梁有84座，普遍存在承载能力不足等问题，其中危桥12座，已列入改造计划。全年组织视察活动5次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxiu.txt", _REPORT)], tmp_path_factory.mktemp("lanxiu-bound"))


def test_the_span_before_a_year_is_answered(kb):
    assert first_line(kb, "2010年以前建成的农村桥梁有多少座").startswith("答：84座")


@pytest.mark.parametrize("sentence, told", [
    ("2010年以前建成的农村桥梁有84座", True),
    ("2010年之前建成的农村桥梁有84座", True),
    ("2010年以来建成的农村桥梁有84座", False),
    ("2012年以前建成的农村桥梁有84座", False),
])
def test_the_same_bound_is_told(sentence, told):
    assert span_told("2010年以前建成的农村桥梁有多少座", sentence) is told
