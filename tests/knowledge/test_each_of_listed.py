"""Places listed then given the amount each (其中桑岙镇、柯湾镇联络组各开展7场): one of them asked is answered
with it, no sum over the list (listed_items.one_of_listed).  On a made-up report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协苕洲县委员会2021年工作总结

　　各乡镇委员联络组依托委员联络站，开展“协商在基层”活动36场，其中桑岙镇、柯湾镇联络组各开展7场，位居全县前列。县政协向县公安局、县税务局等5个单位推荐特约监督员12名。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    document = document_from_text("shaozhou-report-2021.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shaozhou-each"))


def test_one_place_of_those_given_the_amount_each(report):
    assert "7场" in first_line(report, "桑岙镇联络组开展了几场")


def test_one_unit_of_a_list_summed_is_still_declined(report):
    assert not report.answer("县税务局推荐了几名特约监督员").answered
