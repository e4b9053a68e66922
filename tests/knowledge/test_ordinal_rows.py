"""Parts counted in order: amounts given respectively for a count of parts (三个阶段分别收到…), and rows each opened
by its part's ordinal with the measure written in the first row only. The part asked gets its own amount, in the
measure asked. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.sentence_rows import ordinal_rows
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.respective_amounts import parts_counted, respective_amount

from .conftest import first_line

_REPORT = """政协棂岙县委员会2023年“芷澜书声”征文活动情况报告

一、活动总体情况

征文活动分三个阶段推进。从各阶段情况看，参与热度逐段走高：第一阶段网上留言520余条，第二阶段610余条，第三阶段受专题讲座带动，留言达930余条，为全程最高。从征文稿件看，三个阶段分别收到稿件45篇、62篇、88篇。

全年共评选优秀征文20篇，汇编成册印发各委员。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linao3.txt", _REPORT)], tmp_path_factory.mktemp("linao3"))


def test_the_rows_and_the_parts_counted():
    rows = "参与热度逐段走高:第一阶段网上留言520余条,第二阶段610余条,第三阶段受专题讲座带动,留言达930余条,为全程最高。"
    assert [label for label, *_ in ordinal_rows(rows)] == ["第一阶段", "第二阶段", "第三阶段"]
    assert ordinal_rows("第一阶段留言520余条,第二阶段610余条。") == []  # two rows are no set
    told = "从征文稿件看,3个阶段分别收到稿件45篇、62篇、88篇。"
    quantities = find_quantities(told)
    assert respective_amount(["第二阶段"], told, quantities, None)[0].text == "62篇"
    assert "第三阶段" in parts_counted(told)
    assert respective_amount(["第四阶段"], told, quantities, None) is None  # no such part


def test_a_part_asked_in_the_measure_of_the_respective_amounts(kb):
    assert first_line(kb, "第二阶段稿件多少篇").startswith("答：62篇")
    assert first_line(kb, "三阶段收到多少篇稿件").startswith("答：88篇")


def test_a_row_asked_gets_its_own_amount(kb):
    assert "610余条" in first_line(kb, "二阶段留言多少条")
    assert "520余条" in first_line(kb, "第一阶段网上留言有多少条")
