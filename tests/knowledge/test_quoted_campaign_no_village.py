"""A campaign's quoted name ending in a locality word ("百企联百村"行动) names no village: asked of it
(百企联百村结对帮扶了多少个村), the sentence after the one naming the campaign answers, though it names no
such village (结对帮扶村19个); a village the report writes as one (黄泥坳村) asked of another's money is still
declined.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岚溪市政协经济界别2023年工作总结

一、主要工作

深入参与“百企联百村”行动。界别委员企业结对帮扶村19个，实施产业帮扶、就业帮扶等项目23个，投入资金860万元。

黄泥坳村委员联络点全年接待群众46人次。柳塘镇委员企业投入资金380万元建设冷链仓库。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxi-econ.txt", _REPORT)], tmp_path_factory.mktemp("lanxi-econ"))


@pytest.mark.parametrize("question, expected", [("百企联百村结对帮扶了多少个村", "答：19个"),
                                                ("百企联百村投了多少钱", "答：860万元")])
def test_a_quoted_campaign_is_no_village(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


def test_a_village_asked_of_anothers_money_is_declined(kb):
    assert not kb.answer("黄泥坳村投入资金多少").answered
