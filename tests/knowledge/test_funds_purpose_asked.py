"""Money for one purpose asked (全年总的工作经费是多少), the sentence telling money for another (安排课题研究经费
21.5万元): declined (the word before 经费 / 资金, counted_words.funds_modifier, checked in checks.py).  The money
for the purpose asked answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """岚汀市政协文史研究会2021年工作总结

一、课题研究

研究会全年确定研究课题12项，共安排课题研究经费21.5万元，比上年增长8%，专款专用。

二、文史出版

编辑出版《岚汀文史》第九辑，出版经费6.2万元由市财政全额保障。

三、自身建设

研究会秘书处现有工作人员3名，各项日常工作有序运转。2022年计划申请专项资金60万元，其中课题研究资金30万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lanting.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lanting"))


def test_money_for_another_purpose_declined(kb):
    assert not kb.answer("研究会全年总的工作经费是多少").answered


def test_money_for_the_purpose_asked_answers(kb):
    assert first_line(kb, "课题研究经费是多少").startswith("答：21.5万元")
    assert first_line(kb, "第九辑出版经费多少").startswith("答：6.2万元")


def test_a_part_of_named_money_asked_last(kb):
    """The last money named is the one asked: 专项资金里培训经费 asks the 培训 part, which no sentence tells."""
    assert not kb.answer("2022年专项资金里培训经费安排多少").answered
    assert "30万元" in first_line(kb, "2022年专项资金里课题研究资金安排多少")
