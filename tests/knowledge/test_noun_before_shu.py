"""X数 asks a count in X's measure word (人数 → 人, 件数 → 件), but 位 and 场 written after another
character end a noun (床位数, 托位数, 市场数): such a count is told in any measure word
(床位数为5600张), never read as one of people. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协云岭市人口资源环境委员会2022年工作总结

一、养老服务调研

调研组了解到，全市养老机构床位数为5600张，每千名老人拥有养老床位数为32.5张。专委会共组织委员18人参加调研。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yunling.txt", _REPORT)], tmp_path_factory.mktemp("yunling"))


def test_a_noun_ending_in_wei_counts_no_people(kb):
    assert first_line(kb, "全市养老机构床位数是多少？").startswith("答：5600张")


def test_a_count_of_people_is_still_one_of_people(kb):
    assert first_line(kb, "参加养老服务调研的委员人数是多少？").startswith("答：18人")
