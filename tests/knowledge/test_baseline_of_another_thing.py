"""The baseline of a told change (比上年的12件, 比六届二次会议立案数205件, 比上年的88.1%) is the earlier value
of the thing the change is told of: named in the baseline itself, right after the amount compared
(选出14件重点提案), or as the rate compared (采纳率为91.2%). A question counting another thing is declined,
one asking that thing the year before is answered. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.baseline_kind import baseline_of_other
from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协青柘县委员会常务委员会关于六届三次会议以来提案工作情况的报告
——2024年1月10日在政协青柘县第六届委员会第四次会议上

一、提案提交和审查情况

六届三次会议以来，县政协共收到提案248件，经审查立案221件，比六届二次会议立案数205件增加16件。县政协主席会议从立案提案中选出14件重点提案，比上年的12件增加2件，分别由县领导领衔督办。

二、提案办理情况

截至11月底，立案提案全部办复。提案采纳率（A类和B类合计）为91.2%，比上年的88.1%提高3.1个百分点。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingzhe.txt", _REPORT)], tmp_path_factory.mktemp("qingzhe"))


@pytest.mark.parametrize("question", [
    "2022年立案提案多少件",           # 12件 are last year's 重点提案
    "六届三次会议上优秀提案评了多少件",  # 205件 are the 立案数 of another session
    "2022年A类提案占比是多少",          # 88.1% is last year's 采纳率
])
def test_a_baseline_of_another_thing_is_declined(kb, question):
    assert not kb.answer(question).answered, question


@pytest.mark.parametrize("question, fact", [
    ("上年重点提案几件", "12件"),
    ("六届二次会议立案多少件", "205件"),
    ("上年采纳率是多少", "88.1%"),
])
def test_the_baseline_of_the_thing_asked_answers(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question, sentence, figure, other", [
    ("去年立案提案多少件", "从立案提案中选出14件重点提案，比上年的12件增加2件", "12件", True),
    ("去年重点提案多少件", "从立案提案中选出14件重点提案，比上年的12件增加2件", "12件", False),
    ("去年读书心得多少篇", "委员撰写读书心得1130余篇，比上年的860篇增长3成", "860篇", False),
    ("上年专项资金多少", "安排专项资金150万元，比上年的120万元增加30万元", "120万元", False),
    ("重点提案比上年多了几件", "选出14件重点提案，比上年增加2件", "2件", False),
])
def test_baseline_of_other(question, sentence, figure, other):
    assert baseline_of_other(normalize_text(question), normalize_text(figure), normalize_text(sentence)) is other
