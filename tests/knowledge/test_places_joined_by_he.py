"""One village asked (甲村帮扶资金多少), the amount told for two joined by 和 (结对帮扶甲村和乙村2个村,…落实帮扶资金
185万元): declined, as for places listed with 、; a village told alone still answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协梧桥县委员会常务委员会工作报告

一、助力乡村振兴

县政协机关继续结对帮扶青杠村和石碾村2个村，全年驻村走访40余次，协调落实帮扶资金185万元。

委员企业在桃坪村投资建设高山蔬菜基地，投入资金320万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("wuqiao-standing.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuqiao-standing"))


def test_one_of_two_villages_joined_by_he_is_declined(kb):
    assert not kb.answer("青杠村帮扶资金多少").answered


def test_a_village_told_alone_answers(kb):
    assert "320万元" in kb.answer("桃坪村蔬菜基地投入资金多少").text
