"""A sentence closing its paragraph before numbered paragraphs (重点做好以下工作：, 一是…, 二是…) introduces them:
answering 有哪几方面 with it shows the numbered paragraphs' heads after it. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.lead_in import introduced_items
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协栎阳市委员会常务委员会工作报告

一、2023年工作安排

新的一年，市政协将坚持围绕中心、服务大局，重点抓好以下几个方面的工作：

（一）着力提升协商实效。全年安排专题协商会4场，对口协商会8场。

（二）着力加强民主监督。围绕生态环境保护开展专项监督，组织委员明察暗访。

（三）着力夯实基层基础。推动“栎阳议事会”向村社区延伸。

二、其他事项

全年编印《栎阳政协》12期。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("liyang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("liyang"))


def test_the_numbered_paragraphs_a_lead_in_introduces_are_shown(kb):
    line = first_line(kb, "2023年重点抓好哪几个方面的工作")
    assert "着力提升协商实效" in line and "着力加强民主监督" in line and "着力夯实基层基础" in line


def test_items_must_number_on_from_the_first():
    assert introduced_items([["二是甲。"], ["三是乙。"]]) == []
    assert introduced_items([["一是甲。"], ["其他。"]]) == []
    assert introduced_items([["一是加强学习。", "详情。"], ["二是深化调研。"], ["另外。"]]) == ["加强学习", "深化调研"]
