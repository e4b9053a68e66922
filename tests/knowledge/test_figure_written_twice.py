"""The same figure written twice in a sentence, once for the year compared with and once for the report's own year
(本人共提交提案9件，比2022年的6件增加3件，其中个人提案6件、联名提案3件), on a report of our own: the figure the answer
chose is dated where it stands, so 个人提案6件 is shown as the report's year's, not the 2022年 of the first 6件."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.placed_fact import place_in, placed
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """茆岭区政协委员单若溪2023年度履职报告

一、提案工作

本人共提交提案9件，比2022年的6件增加3件，其中个人提案6件、联名提案3件。经审查，立案8件。

二、社情民意

全年报送社情民意信息12条，比2022年的7条增加5条，其中被区政协采用7条，被市政协采用5条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("maoling.txt", _REPORT)], tmp_path_factory.mktemp("maoling"))


@pytest.mark.parametrize("question, shown", [
    ("个人提案几件", "6件（2023年）"),
    ("联名提案有几件", "3件（2023年）"),  # 3件 is written first as the change against 2022年
    ("被区政协采用了几条", "7条（2023年）"),
    ("被市政协采用几条", "5条（2023年）"),
    ("2022年报送了几条信息", "7条（2022年）"),  # the figure of the year compared with keeps that year
    ("一共交了几件提案", "9件（2023年）"),
])
def test_the_figure_is_dated_where_it_stands(kb, question, shown):
    assert shown in first_line(kb, question)


def test_a_placed_fact_is_its_text():
    sentence = "共提交提案9件，比2022年的6件增加3件，其中个人提案6件"
    fact = placed("6件", sentence.rindex("6件"))
    assert fact == "6件" and place_in(sentence, fact) == sentence.rindex("6件")
    assert place_in("另一句6件", fact) is None and place_in(sentence, "6件") is None
