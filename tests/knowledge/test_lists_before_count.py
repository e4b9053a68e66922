"""Items asked (联系哪些界别, 承办提案最多的四个单位是哪些, 得了什么荣誉): written out right before
their count (联系法律界、社会福利界、妇联界3个界别), or after the noun asked with their amounts
(较多的单位是A18件、B15件…), they are a list; the top few asked are told by a list of the more of
them, one top asked is not; an honour is told as 被…评为. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.items import ranks_told
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澄溪市社会法制委员会2019年工作总结

一、基本情况

专委会现有委员32名，联系法律界、社会福利界、妇联界3个界别。

二、提案工作

承办提案较多的单位是市公安局18件、市司法局15件、市民政局12件、市教育局10件，四个单位合计承办55件。

专委会被市政协评为2019年度全市政协专委会工作先进集体。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("chengxi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("chengxi-lists"))


def test_items_written_before_their_count(kb):
    line = first_line(kb, "社会法制委员会联系哪些界别？")
    assert all(item in line for item in ("法律界", "社会福利界", "妇联界"))


def test_no_items_of_another_kind(kb):
    assert not kb.answer("社会法制委员会联系哪些部门？").answered


def test_the_top_few_by_a_list_of_the_more(kb):
    line = first_line(kb, "承办提案最多的四个单位是哪些？")
    assert all(item in line for item in ("市公安局", "市司法局", "市民政局", "市教育局"))


def test_one_top_is_told_by_the_figures_of_the_more_not_by_their_names():
    shown = "承办提案较多的单位是市公安局18件、市司法局15件、市民政局12件、市教育局10件。"
    assert ranks_told("承办提案最多的4个单位是哪些?", "最多", shown)
    # Their figures rank them: the one with the most is told too (ranked_lists.top_of_list leads with it).
    assert ranks_told("承办提案最多的单位是哪个?", "最多", shown)
    assert not ranks_told("承办提案最多的单位是哪个?", "最多", "承办提案较多的单位是市公安局、市司法局和市民政局。")


def test_an_honour_told_as_named(kb):
    assert "先进集体" in first_line(kb, "专委会得了什么荣誉？")
