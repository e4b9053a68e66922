"""How many of one thing asked (老农有几个), the sentence telling a text's length (整理资料约8万字) or
the people of several kinds counted together (走访老农、老党员、乡村教师等42人): neither is the count of
the one kind asked, so the question is declined; a count of the kind itself answers. On our own text."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.listed_items import one_of_listed
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协梅林县委员会2022年工作报告

一、2022年工作回顾

开展"乡村记忆"文史征集活动，走访老农、老党员、乡村教师等42人，整理口述资料约8万字。

组织委员视察农家书屋9个，走访种粮大户16户。

编印《梅林老兵》口述史，收录抗战老兵讲述约6万字。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("meilin.txt", _REPORT)], tmp_path_factory.mktemp("meilin"))


def test_one_kind_of_people_listed_is_no_more_than_a_part():
    assert one_of_listed("走访的老党员有几个", "走访老农、老党员、乡村教师等")
    assert not one_of_listed("一共走访了多少人", "走访老农、老党员、乡村教师等")
    assert not one_of_listed("走访的老党员有几个", "走访老农、老党员、乡村教师等单位,其中")  # not counted right after 等


def test_declined_for_one_kind_answered_for_all(kb):
    assert not kb.answer("文史征集走访的老党员有几个").answered
    assert "42人" in first_line(kb, "文史征集一共走访了多少人")
    assert "16户" in first_line(kb, "走访种粮大户多少户")


def test_a_texts_length_is_no_count_of_things(kb):
    assert not kb.answer("口述史收录了几个抗战老兵").answered


def test_a_texts_length_or_a_batch_answers_no_count_by_ge():
    from bot.knowledge.facts import find_quantities
    from bot.knowledge.measures import counted_by_ge
    from bot.knowledge.question import QuestionAnalysis

    q = QuestionAnalysis(raw="", norm="", kind="number", unit="个")
    for sentence in ("采访抗战老兵,整理口述资料约6万字", "项目分2批推进"):
        assert not counted_by_ge(q, sentence, find_quantities(sentence)[0]), sentence
    assert counted_by_ge(q, "建成服务站12个", find_quantities("建成服务站12个")[0])
