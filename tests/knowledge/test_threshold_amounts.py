"""An amount bounded after it and tied by 的 to a noun (报送信息10条以上的委员有32名) is a threshold naming a
group: asked how many were sent, the year's figure answers, not the threshold."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.threshold_amounts import threshold_amount
from bot.knowledge.facts import find_quantities

from .conftest import first_line

_REPORT = """政协澧溪县委员会2024年度工作情况报告

一、反映社情民意

全年委员报送社情民意信息836条，县政协采用215条，被市政协采用47条。报送社情民意信息10条以上的委员有32名，卞晓岚委员报送的信息获县领导批示。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lixi.txt", _REPORT)], tmp_path_factory.mktemp("lixi"))


def test_the_years_figure_not_the_threshold(kb):
    assert "836条" in first_line(kb, "去年委员报送社情民意信息多少条")


def test_the_group_the_threshold_names_is_still_counted(kb):
    assert "32名" in first_line(kb, "报送社情民意信息10条以上的委员有多少名")


def test_a_question_naming_the_bound_keeps_it():
    sentence = "报送信息10条以上的委员有32名"
    quantity = next(x for x in find_quantities(sentence) if x.unit == "条")
    assert threshold_amount("报送信息多少条", sentence, quantity)
    assert not threshold_amount("至少报送多少条信息", sentence, quantity)
