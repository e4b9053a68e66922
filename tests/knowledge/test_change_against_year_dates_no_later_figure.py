"""A change told against a year in an earlier clause (全县现有高新技术企业42家，比2020年增加7家，科技型中小企业
入库96家) dates only the baseline: the figure in a later clause is the report's own year's, so asked of the
year compared with (2020年科技型中小企业入库多少家) it is declined, and asked plainly it is shown with the
report's year.  The change itself still answers the change asked.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协枫溪县委员会科学技术界别2021年履职工作总结

一、专题调研

界别围绕企业创新能力开展调研。调研发现：全县现有高新技术企业42家，比2020年增加7家，科技型中小企业入库96家；但规模以上工业企业中设立研发机构的仅占35%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengxi.txt", _REPORT)], tmp_path_factory.mktemp("fengxi-against-year"))


def test_the_later_figure_is_not_the_baseline_years(kb):
    assert not kb.answer("2020年科技型中小企业入库多少家").answered


@pytest.mark.parametrize("question, fact", [
    ("科技型中小企业入库多少家", "96家（2021年）"),
    ("高新技术企业比2020年多几家", "7家"),
])
def test_the_figures_answer_with_their_years(kb, question, fact):
    assert fact in first_line(kb, question)
