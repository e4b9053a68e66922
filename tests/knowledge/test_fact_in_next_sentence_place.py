"""A district asked (在某区开座谈会是哪天) and a date read in the sentence after the one naming the district: the date is
of the places its own sentence names (赴某市考察), so the question is declined; asked of that place, it answers."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """关于推进我市农村供水保障的调研报告

栝州市政协农业和农村委员会
（2023年9月）

一、调研开展情况

今年以来，调研组先后深入檩口区、樗川区、楮岭县等3个县区的14个乡镇，实地察看水厂和供水站点31处，召开各类座谈会9场，与县乡干部和群众代表面对面交流80余人次。7月25日至27日，郄明远副主席带领调研组赴省内楮山市学习考察城乡供水一体化的经验做法。

二、存在的问题

部分山区供水保障仍然薄弱，水质检测能力不足。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("guazhou-water.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("guazhou-water"))


def test_a_date_of_another_place_read_next_is_declined(kb):
    assert not kb.answer("调研组在檩口区开座谈会是哪天").answered


@pytest.mark.parametrize("question, expected", [
    ("调研组去楮山市考察是哪天", "7月25日至27日"),
    ("调研组召开了多少场座谈会", "9场"),
])
def test_the_sentence_holding_the_fact_answers(kb, question, expected):
    assert expected in first_line(kb, question)
