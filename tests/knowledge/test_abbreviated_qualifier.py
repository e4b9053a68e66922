"""A question naming an event by a word the report writes out in full (电商协商会 for a 协商会 on
"发展农村电子商务"; 医卫 for 医药卫生): general Chinese abbreviates a four-character word by the first
character of each half, and the event asked is the one the report tells. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.term_match import abbreviation_told

from .conftest import first_line

_REPORT = """政协青枫市委员会提案委员会2022年工作报告

一、协商办理

全年召开提案办理协商会3场。5月10日，在石岗县召开“推进城区停车设施建设”提案办理协商会，副市长刘德华出席；10月18日，在梅溪县召开“发展农村电子商务”提案办理协商会，副市长王建新出席。

二、乡村振兴

林平委员的提案推动市商务局实施“电商进村”工程，全年建成村级电商服务站120个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingfeng.txt", _REPORT)], tmp_path_factory.mktemp("qingfeng"))


def test_the_abbreviation_is_the_first_character_of_each_half():
    assert abbreviation_told("电商", "发展农村电子商务")
    assert abbreviation_told("医卫", "医药卫生界别")
    assert not abbreviation_told("电商", "电视和商场")  # not the halves of one word
    assert not abbreviation_told("电商", "电商进村")  # written as it is: no abbreviation to read


def test_an_event_named_by_an_abbreviation_is_the_one_told_in_full(kb):
    assert "梅溪县" in first_line(kb, "农村电商协商会在哪开的？")
    assert "10月18日" in first_line(kb, "电商协商会哪天开的")


def test_an_event_the_report_never_tells_is_still_declined(kb):
    assert not kb.answer("农村物流协商会在哪开的？").answered
