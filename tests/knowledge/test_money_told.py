"""A question asking 多少块 of a thing (展牌做了多少块) is answered by the amount the report writes in 块
(制作宣传展牌36块): a report writes money in 元, so 块 there is the thing's measure word, not money; a
question asking money in 块 (花了多少块钱) still wants 元.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = SourceDocument(
    "report.txt", "政协槿川市委员会2022年宣传工作总结", "2022",
    "政协槿川市委员会2022年宣传工作总结\n\n一、主要工作\n\n"
    "全年在各级媒体刊发稿件318篇。围绕委员履职，我们组织开展“履职在一线”专题宣传，推出系列报道12篇，"
    "制作委员履职事迹展牌36块，在市文化广场进行巡回展出，观展群众近5000人次。"
    "全年宣传工作经费支出28万元，用于宣传品制作和媒体合作。\n")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([_REPORT], tmp_path_factory.mktemp("money-told"))


def test_a_thing_counted_in_kuai(kb):
    assert "36块" in first_line(kb, "委员履职事迹展牌做了多少块")


def test_money_asked_in_kuai(kb):
    assert "28万元" in first_line(kb, "宣传工作经费花了多少块钱")
