"""A rate asked by its name alone (满意率, 上年办结率?, 面商率呢): members on phones ask a value so, and the
rate's figure answers; a rate of a year the report does not tell is still declined.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协洇水县委员会关于提案工作情况的报告

——2024年1月10日在政协洇水县第九届委员会第三次会议上

一、办理情况

2023年，立案的186件提案全部办结，办结率为100%。承办单位与提案者当面沟通的提案171件，面商率为91.9%。提案者对办理结果表示满意和基本满意的182件，满意率为97.8%，比上年的95.6%提高2.2个百分点。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yinshui.txt", _REPORT)], tmp_path_factory.mktemp("yinshui"))


@pytest.mark.parametrize("question, rate", [("满意率", "97.8%"), ("面商率呢", "91.9%"), ("上年满意率", "95.6%"),
                                            ("办结率?", "100%")])
def test_a_rate_named_alone_is_answered(kb, question, rate):
    assert first_line(kb, question).startswith("答：" + rate)


def test_a_rate_of_a_year_not_told_is_declined(kb):
    assert not kb.answer("上年面商率").answered
