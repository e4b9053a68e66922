"""A change asked against a baseline other than the year before (比上届年均水平多多少, 比五年前高了多少)
is answered by the difference the report measures against that baseline, not by the one against the
year before (比上年的…增加…) nor by the 同比 rate told beside it; several comparisons in a row
(…312件，比上年的290件增加22件，同比增长7.6%，比上届年均水平多出四十余件) all count what the first
clause counts. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.compared_baseline import against_other_than_asked, asked_baseline
from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协青榆县委员会常务委员会关于提案工作情况的报告
——2023年1月10日在政协青榆县第七届委员会第三次会议上

一、提案提交情况

七届二次会议以来，县政协共收到提案312件，比上年的290件增加22件，同比增长7.6%，比上届年均水平多出四十余件。其中，大会期间提交提案268件。

二、委员履职情况

全县委员参加调研视察1260人次，履职率达到92.4%，比上年提高1.8个百分点，比全省平均水平高出5.3个百分点。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingyu.txt", _REPORT)], tmp_path_factory.mktemp("qingyu"))


@pytest.mark.parametrize("question, fact", [
    ("比上届年均水平多多少提案", "四十余件"),
    ("提案比上届年均水平多了多少件", "四十余件"),
])
def test_the_difference_against_the_asked_baseline_answers(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question, fact", [
    ("提案比上年增加多少件", "22件"),
    ("提案数量同比增长多少", "22件"),
    ("履职率比上年提高了多少", "1.8个百分点"),
])
def test_the_year_before_still_answers(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question, baseline", [
    ("比上届年均水平多多少提案", "上届年均水平"),
    ("与2019年相比增加多少", "2019年"),
    ("和七届一次会议比立案数增加多少", "7届1次会议"),
    ("协商活动比前年多了几场", None),
    ("比上年增加多少", None),
    ("同比增长多少", None),
    ("提案有多少件", None),
])
def test_the_baseline_a_question_names(question, baseline):
    assert asked_baseline(normalize_text(question)) == baseline


def test_a_difference_against_another_baseline_than_asked():
    sentence = normalize_text("收到提案312件，比上年的290件增加22件，同比增长7.6%，比上届年均水平多出40余件")
    question = normalize_text("比上届年均水平多多少提案")
    assert against_other_than_asked(question, sentence, sentence.index("22件"), 2022, (7, 3))
    assert against_other_than_asked(question, sentence, sentence.index("7.6%"), 2022, (7, 3))
    assert not against_other_than_asked(question, sentence, sentence.index("40余件"), 2022, (7, 3))
