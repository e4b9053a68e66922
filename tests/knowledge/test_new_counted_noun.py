"""A count asked of a noun the lexicon does not know (几个助老托管驿站, 几条机耕路) keeps that noun as the thing
counted where the documents write it (question_terms.join_single_characters): the amount right after it is
the answer, not another amount of the same measure word in the next clause, and the count is not taken for
one of something the documents never mention; a verb before 社区 (建成社区…) names no town. On a report
of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.town_names import town_names
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question_terms import join_single_characters

_REPORT = """蓍原县政协2022年委员工作室工作情况

（2022年12月30日）

一、主要成效

芡塘街道委员工作室聚焦养老问题，协调辖区单位挖掘闲置用房，推动建成社区助老托管驿站4个，新增床位六十个，方便了高龄老人就近托养。

蓍原镇委员工作室组织委员实地踏勘，推动将蓍原镇7条机耕路纳入县2023年农田道路改造计划。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("shiyuan-workstations-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shiyuan-workstations"))


def test_the_new_noun_counted(kb):
    assert "4个" in kb.answer("芡塘街道建成了几个助老托管驿站？").text.split("\n")[0]
    assert "7条" in kb.answer("蓍原镇有几条机耕路纳入了改造计划？").text.split("\n")[0]


def test_a_noun_nowhere_written_is_not_joined():
    class Index:
        corpus_text = "推动建成社区助老托管驿站4个"

        def contains(self, text):
            return text in self.corpus_text
    assert join_single_characters(["托", "管", "驿", "站", "有"], Index()) == ["托管驿站", "有"]
    assert join_single_characters(["建", "成", "了", " "], Index()) == ["建", "成", "了", " "]  # a verb
    assert join_single_characters(["口", "罩"], Index()) == ["口", "罩"]
    assert join_single_characters(["委员", "托"], Index()) == ["委员", "托"]
    assert join_single_characters(["托", "管", "驿站"], Index()) == ["托", "管", "驿站"]  # qualifying the next word


def test_a_verb_before_shequ_names_no_town():
    assert town_names("推动建成社区助老托管驿站4个") == []
