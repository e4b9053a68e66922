"""A figure of one county of a city's report, told the ways reports tell them: after the county's committee
opening the sentence (柘岭县政协将…相结合,全年组织…活动24场), written respectively for counties listed
(甲县、乙区分别为…和…), or judged small (其中蓼川县仅为61.2%, asked 只有多少).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协榆湾市委员会办公室关于2023年委员联络工作情况的报告

一、主要工作

全年市政协委员登录履职平台5.6万人次。从各县区委员注册率看,柘岭县、梓桥区分别为96.3%和94.8%,蓼川县为90.1%。柘岭县政协将平台与县内委员联络站相结合,全年组织委员开展"线上恳谈日"活动24场;梓桥区政协每月在平台上公布委员履职动态。

二、存在的问题

县级政协委员活跃率平均为70.5%,其中蓼川县仅为61.2%;部分委员登录平台主要是签收会议通知。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yuwan.txt", _REPORT)], tmp_path_factory.mktemp("yuwan"))


@pytest.mark.parametrize("question, fact", [
    ("柘岭县政协组织了几场线上恳谈日", "24场"),   # the committee opens the sentence, the amount's clause names none
    ("梓桥区委员注册率多少", "94.8%"),          # written respectively: the second place's the second figure
    ("柘岭县委员注册率多少", "96.3%"),
    ("蓼川县委员活跃率只有多少", "61.2%"),      # 只有 echoes the text's 仅为, no word to find
])
def test_place_figures(kb, question, fact):
    assert first_line(kb, question).startswith("答：" + fact)


def test_another_places_body_still_declined(kb):
    assert not kb.answer("梓桥区政协组织了几场线上恳谈日").answered
