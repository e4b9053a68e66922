"""A share written in tenths or as a fraction (近六成, 约三成, 三分之一) is an amount: a rate asked (占多大比例,
大概占多少, 多少比例的…) is answered by it, as by a percentage, shown as the document writes it.  成 opening a word
(5成员, 建成) is none, and a share asked of what the report does not tell is still declined.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澄屿县政协经济界别2021年工作总结

一、界别基本情况

界别现有澄屿县政协委员42名，委员分布在工商企业、金融保险等领域，党外委员占比近六成。

二、调研视察

调研发现，澄屿县建有村级便民服务站72个，但约三分之一的服务站存在设备老化、人员不足等问题。

视察显示，澄屿县已建成农村污水处理设施58处，其中约有三成运行不正常。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengyu.txt", _REPORT)], tmp_path_factory.mktemp("chengyu"))


@pytest.mark.parametrize("text, shown, value", [
    ("党外委员占比近6成。", "近6成", 60.0),
    ("其中约有3成运行不正常", "3成", 30.0),
    ("约三分之一的服务站存在设备老化", "约三分之一", 100 / 3),
])
def test_a_share_is_read_as_its_percentage(text, shown, value):
    shares = [q for q in find_quantities(text) if q.unit == "%"]
    assert [q.text for q in shares] == [shown] and abs(shares[0].value - value) < 1e-6


@pytest.mark.parametrize("text", ["委员会5成员参加", "2019年建成3个", "形成报告"])
def test_cheng_opening_a_word_is_no_share(text):
    assert not [q for q in find_quantities(text) if q.unit == "%"]


@pytest.mark.parametrize("question, answer", [
    ("党外委员占多大比例", "近六成"),
    ("多少比例的便民服务站设备老化", "约三分之一"),
    ("已建污水处理设施运行不正常的大概占多少", "三成"),
])
def test_a_rate_asked_is_answered_by_the_share(kb, question, answer):
    assert first_line(kb, question).startswith(f"答：{answer}")


def test_a_share_the_report_does_not_tell_is_declined(kb):
    assert not kb.answer("女委员占多大比例").answered
