"""Items named in quotes and joined by 和 right before their count (新设"A"和"B"两个栏目) are written out: a
question asking which they are (新设了哪两个栏目) is answered by the sentence, not doubted as a bare count.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.items import counts_items_asked
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import KIND_WHAT, analyse

from .conftest import first_line

_REPORT = SourceDocument(
    "report.txt", "政协枳原市委员会2022年刊物工作总结", "2022",
    "政协枳原市委员会2022年刊物工作总结\n\n一、2022年工作回顾\n\n"
    "《枳原政协》杂志为双月刊，全年出版6期。杂志设有“委员履职”“基层来风”“往事寻踪”等9个栏目，"
    "其中2022年新设“乡村振兴观察”和“界别之窗”两个栏目。\n")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([_REPORT], tmp_path_factory.mktemp("quoted-pair-counted"))


def test_the_pair_named_before_its_count(kb):
    line = first_line(kb, "杂志去年新设了哪两个栏目")
    assert "乡村振兴观察" in line and "界别之窗" in line


def test_a_bare_count_is_still_doubted(kb):
    asked = normalize_text("新设了哪两个栏目")
    analysis = analyse(asked, asked, kb.index.segmenter, kb.index)
    assert counts_items_asked(analysis, KIND_WHAT, "", "全年新设2个栏目。")
    assert not counts_items_asked(analysis, KIND_WHAT, "", '新设"甲乙"和"丙丁"2个栏目。')
