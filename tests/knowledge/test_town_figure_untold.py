"""A town or street asked whose own figure the report does not tell: not answered with another town's figure
written in the amount's clause (西岭街道…开展议事活动9场 for 柏林镇), nor with the sum over several towns listed
before the amount (深入柏林镇、石泉镇、河口镇开展巡回宣讲12场 for one of them). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协汀溪县委员会农业和农村委员会2023年工作总结

一、基层协商

各委员工作站深化议事品牌。西岭街道委员工作站开展议事活动9场，推动解决停车难问题4件；柏林镇委员工作站设立"委员茶室"，全年接待群众210人次；石泉镇委员工作站开展议事活动6场。

二、为民服务

农业界委员深入柏林镇、石泉镇、河口镇开展"科技下乡"巡回宣讲12场，服务农户540人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tingxi.txt", _REPORT)], tmp_path_factory.mktemp("tingxi"))


@pytest.mark.parametrize("question, fact", [
    ("西岭街道议事活动开了几场", "9场"),
    ("石泉镇开展议事活动几场", "6场"),
    ("巡回宣讲一共办了几场", "12场"),
])
def test_own_figures(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "柏林镇议事活动开了几场",
    "巡回宣讲在河口镇办了几场",
])
def test_another_town_or_the_sum_declined(kb, question):
    assert not kb.answer(question).answered, question
