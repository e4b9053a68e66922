"""A question naming a term of the committee (十届市政协, 第五届) is not answered with another term's figure:
a sentence naming only another term (五届市政协共有委员312名) or naming the asked term only as a comparison's
baseline (比五届市政协增加96件). A sentence naming the asked term, or none, still answers. On a term review of
our own, delivered at the first session of the next term."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.term_told import other_term_told

from .conftest import first_line

_REPORT = """政协苍榆市第六届委员会常务委员会工作报告
——2023年1月6日在政协苍榆市第七届委员会第一次会议上

一、过去五年工作回顾

六届市政协共有委员365名，分属31个界别。五年来，共收到委员提案1420件，经审查立案1288件，比五届市政协增加96件，立案提案办复率100%。

五年来，市政协共组织视察调研164次，形成调研报告58篇。

二、对今后工作的建议

新一届市政协要坚持围绕中心、服务大局，持续提高履职质量。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("cangyu.txt", _REPORT)], tmp_path_factory.mktemp("cangyu"))


@pytest.mark.parametrize("question", [
    "七届市政协委员共有多少名",     # 365名 are the sixth term's
    "五届市政协五年立案提案多少件",  # 五届 is only the baseline of 1288件
])
def test_another_terms_figure_is_declined(kb, question):
    assert not kb.answer(question).answered, question


@pytest.mark.parametrize("question, fact", [
    ("六届市政协委员共有多少名", "365名"),
    ("五年来立案提案多少件", "1288件"),
    ("六届市政协五年组织视察调研多少次", "164次"),  # the sentence names no term: the report's own
    ("六届市政协五年立案提案多少件", "1288件"),     # 五届 only the baseline
    ("立案提案比五届市政协增加了多少件", "96件"),
])
def test_the_asked_term_or_none_answers(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question, sentence, other", [
    ("十届市政协委员共有多少名", "九届市政协共有委员438名。", True),
    ("九届市政协委员共有多少名", "九届市政协共有委员438名。", False),
    ("八届市政协五年立案提案多少件", "经审查立案1893件，比八届市政协增加312件", True),
    ("第八届立案提案多少件", "经审查立案1893件，比第八届增加312件", True),
    ("九届立案提案多少件", "五年来经审查立案1893件", False),           # no term named: the report's own
    ("九届立案提案多少件", "经审查立案1893件，比八届增加312件", False),  # 八届 only the baseline: the own term's
    ("立案提案比八届增加了多少件", "经审查立案1893件，比八届增加312件", False),  # the question's own baseline
    ("十届二次会议收到提案多少件", "九届市政协共收到提案438件。", False),  # a session, read elsewhere
    ("立案提案多少件", "九届市政协共立案438件。", False),                # no term asked
])
def test_other_term_told(question, sentence, other):
    assert other_term_told(normalize_text(question), normalize_text(sentence)) is other
