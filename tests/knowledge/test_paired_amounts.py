"""Two amounts asked together in two measure words (几章几条) are told together side by side (共5章27条): the
answer is both. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.facts import find_quantities
from bot.knowledge.paired_amounts import paired_amount
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协栲川市委员会2023年制度建设情况

一、制度建设

2023年4月，市政协主席会议审议通过《政协栲川市委员会委员工作室管理办法》，共5章27条，对工作室的设立条件和活动程序作出明确规定。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("kaochuan.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("kaochuan"))


def test_both_amounts_asked_are_told(kb):
    assert "5章27条" in first_line(kb, "管理办法一共几章几条")


def test_paired_only_when_both_measure_words_are_asked():
    sentence = "历时2年3个月完成。"
    chosen = next(x for x in find_quantities(sentence) if x.text.startswith("3"))
    assert paired_amount("历时几年几个月", sentence, chosen) == "2年3个月"
    assert paired_amount("历时几个月", sentence, chosen) is None
