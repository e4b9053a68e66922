"""A span of time written right before a body (5年来市政协…, 3年间县政协…, 疫情期间区政协…) names no
place: the two characters before 市 / 县 / 区 are no town's name, so the answer is not doubted as
another committee's. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import question_places
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协溆桥市第六届委员会常务委员会工作报告

一、过去五年工作回顾

坚持党的领导。五年来，市政协党组向市委请示报告重要事项54项，市委常委会会议专题听取市政协党组工作汇报6次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xuqiao.txt", _REPORT)], tmp_path_factory.mktemp("xuqiao"))


def test_a_span_before_the_body_is_no_place():
    for question in ("5年来市政协开了几次会", "3年间县政协提了多少件", "疫情期间区政协捐了多少钱"):
        assert question_places(question, set()) == set()
    assert question_places("5年来柘川县政协开了几次会", set()) == {"柘川"}  # a place named after the span stays one


def test_a_count_over_the_term_asked_with_its_span_is_answered(kb):
    assert first_line(kb, "五年来市政协党组向市委请示报告重要事项多少项").startswith("答：54项")
