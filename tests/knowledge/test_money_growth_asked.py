"""How much a sum of money grew (技改投资比上年增长多少, 收入增长了多少) is answered by the growth the sentence
tells (比上年增长27%), not by the sum itself: asking a growth, the question requires no amount of money.
Asked the sum (技改投资多少), the sum answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """苇湖县政协2031年工作纪实

一、助力发展

县政协推动出台《苇湖县中小企业数字化改造扶持办法》，带动企业技改投资3.8亿元，比上年增长27%。

在委员联系的石桥村，村集体经济收入达到41万元，比上年增长15.6%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("weihu.txt", _REPORT)], tmp_path_factory.mktemp("weihu"))


@pytest.mark.parametrize("question, growth", [
    ("企业技改投资比上年增长多少", "27%"),
    ("技改投资增长了多少", "27%"),
    ("石桥村集体经济收入比上年增长多少", "15.6%"),
])
def test_the_growth_answers(kb, question, growth):
    assert growth in first_line(kb, question)


def test_the_sum_asked_answers(kb):
    assert "3.8亿元" in first_line(kb, "技改投资多少")
