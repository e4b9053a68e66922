"""An enumeration writing each item's figure first and its name after it (其中22件转为委员意见建议、9件转为
社情民意信息): the item asked is the one whose words follow its figure.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.breakdowns import outnamed_item
from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.figure_first import names_after_figures
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协栖岚市委员会关于提案工作情况的报告

一、提案审查

提案委员会逐件审查，经审查立案268件。不予立案的31件，经与提案者逐一沟通，其中22件转为委员意见建议、9件转为社情民意信息，送有关部门研究参考。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qilan.txt", _REPORT)], tmp_path_factory.mktemp("qilan-first"))


def test_the_item_named_after_its_figure(kb):
    assert "22件" in first_line(kb, "不立案的提案转成委员意见建议的有几件")


def test_the_other_item_named_after_its_figure(kb):
    assert "9件" in first_line(kb, "转为社情民意信息的有几件")


@pytest.mark.parametrize("parts, figures, names", [
    (["其中22件转为委员意见建议", "9件转为社情民意信息"], ["22件", "9件"], ["转为委员意见建议", "转为社情民意信息"]),
    (["民盟21件", "民建19件"], ["21件", "19件"], None),  # names before the figures
    (["12件", "8件"], ["12件", "8件"], None),  # no names at all
])
def test_names_after_figures(parts, figures, names):
    assert names_after_figures(parts, figures) == names


_TOLD = "经与提案者逐一沟通,其中22件转为委员意见建议、9件转为社情民意信息,送有关部门研究参考。"


@pytest.mark.parametrize("figure, outnamed", [("9件", True), ("22件", False)])
def test_the_other_item_is_outnamed(figure, outnamed):
    quantity = next(x for x in find_quantities(_TOLD) if x.text == figure)
    kinds = [(("委员意见建议",), 1.0), (("转成", "转为"), 0.5)]
    assert outnamed_item(kinds, _TOLD, quantity, lambda x: x.unit == "件") is outnamed
