"""Two more neighbours of what is asked, declined by reason: the other side of a river's sections told (出境断面
水质由IV类提升至III类 for 入境断面水质是几类), a grade as much as an amount; and a rate per so many of the
population asked (每万人口发明专利拥有量), the amount's own clause counting the whole (全县有效发明专利仅186件).
What is told answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.contrast_asked import contrast_untold
from bot.knowledge.documents import document_from_text
from bot.knowledge.per_head import per_head_untold
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协桐溪县委员会科学技术界别2021年履职工作总结

一、专题调研

界别围绕流域治理开展调研。界别委员的提案被县政府采纳，沿河各乡镇关闭养殖场36家，桐溪河出境断面水质由IV类提升至III类。

二、创新调研

调研发现：全县现有高新技术企业26家，全县有效发明专利仅186件，每万人口发明专利拥有量明显低于全市平均水平。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tongxi.txt", _REPORT)], tmp_path_factory.mktemp("tongxi-sides"))


@pytest.mark.parametrize("question", ["桐溪河入境断面水质是几类", "每万人口发明专利拥有量具体是多少"])
def test_the_neighbour_is_declined(kb, question):
    assert not kb.answer(question).answered, question


@pytest.mark.parametrize("question, fact", [
    ("全县有效发明专利有多少件", "186件"),
    ("全县现有高新技术企业多少家", "26家"),
])
def test_what_is_told_answers(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question, shown, untold", [
    ("入境断面水质是几类", "出境断面水质由iv类提升至iii类", True),
    ("出境断面水质是几类", "出境断面水质由iv类提升至iii类", False),
    ("上游来水量多少", "上游和下游来水量合计1.2亿立方米", False),
])
def test_sides_told(question, shown, untold):
    assert contrast_untold(question, shown, shown) is untold


@pytest.mark.parametrize("question, clause, untold", [
    ("每万人口发明专利拥有量是多少", "全县有效发明专利仅186件", True),
    ("每万人口发明专利拥有量是多少", "每万人口发明专利拥有量达12.3件", False),
    ("每千人口床位数多少", "每千人口拥有床位6.1张", False),
])
def test_population_rate_told(question, clause, untold):
    assert per_head_untold(question, clause + "，明显低于全市平均水平", clause) is untold
