"""Which one ranks first asked by its place (排名第一, 排第一, 居首; 排最后) is asked which has the most (the least),
on a report of our own listing items with counts: the item with the highest (lowest) figure of the kind asked
answers. Where the report itself writes that place (…排名第一), the question's words find it as they are."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.rank_asked import ranked_as_most

from .conftest import first_line

_REPORT = """政协蕖湾县委员会2023年提案工作情况报告

一、提案提交情况

全年各党派团体提交集体提案40件，其中民革县委会5件、民盟县委会12件、民建县委会9件、农工党县委会7件、九三学社县委会4件、县工商联3件。

各界别提交提案情况：经济界31件，教育界24件，农业界17件，医卫界26件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("quwan.txt", _REPORT)], tmp_path_factory.mktemp("quwan"))


@pytest.mark.parametrize("question, fact", [
    ("提交集体提案排名第一的是哪个党派", "民盟县委会"),
    ("哪个界别提案排第一", "经济界"),
    ("哪个党派提交集体提案居首", "民盟县委会"),
    ("哪个界别提交提案排最后", "农业界"),
    ("哪个党派提的集体提案最多", "民盟县委会"),
])
def test_the_first_place_is_the_most(kb, question, fact):
    assert fact in first_line(kb, question)


def test_the_place_as_the_report_writes_it():
    assert ranked_as_most("哪个界别提案排第一") == "哪个界别提案最多"
    assert ranked_as_most("哪个部门得分排名第一") == "哪个部门得分最高"
    assert ranked_as_most("哪个县考核排名第一", ["栖某县考核排名第一"]) == "哪个县考核排名第一"
    assert ranked_as_most("排名前三的是哪几个界别") == "排名前三的是哪几个界别"
    assert ranked_as_most("经济界提案排第几") == "经济界提案排第几"
