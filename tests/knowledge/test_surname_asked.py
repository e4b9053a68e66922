"""A surname given to tell a person apart (姓郑的副主席) is no word a sentence writes: the person of
that surname is found in whichever sentence names them, and nobody of it is declined."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青檀区第六届委员会常务委员会工作报告

——2022年1月8日在政协青檀区第六届委员会第二次会议上

一、2021年主要工作

开展专项民主监督。围绕“老旧小区改造”开展专项民主监督，由副主席郑雨桐牵头，组建监督小组2个，实地察看14次。
加强提案督办。主席会议确定重点提案8件，副主席韩立新领衔督办关于改善背街小巷照明的提案，推动新增路灯260盏。
3月，副主席曹慧敏带队视察区域养老服务中心建设情况，提出意见建议12条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qingtan-2021.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qingtan"))


def test_the_person_of_the_surname_asked(kb):
    assert "郑雨桐" in first_line(kb, "姓郑的副主席叫什么？")
    assert "韩立新" in first_line(kb, "姓韩的副主席叫什么名字？")
    assert "曹慧敏" in first_line(kb, "姓曹的副主席是谁？")


def test_nobody_of_the_surname_is_declined(kb):
    assert not kb.answer("姓王的副主席叫什么？").answered
