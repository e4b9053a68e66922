"""Answerable questions the engine used to decline although the document tells the answer, on a report
of our own: a group word that is part of the body's own name (少数民族和宗教界别) is no group counted;
a share asked (占多少比例) is the percentage itself; a bare clause of the question's own words
(调解成功5516件, 承办31件) counts the thing named before it in the sentence; the kind noun of a deed's
object (实行什么原则) is told by the object quoted after the verb; a name asked (助企纾困调研叫啥名) is spoken
of by a quoted name holding the question's words. Traps nearby stay declined."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协枫屿区委员会少数民族和宗教界别2021年工作总结

一、履职情况

全年界别委员共提交提案27件，比上年增加3件；其中集体提案5件。

从提案内容看，涉及社会治理方面的11件，占40.7%，涉及文化旅游方面的9件，占33.3%。

办理提案最多的是区文化和旅游局，办理9件；其次是区民政局，办理6件；区教育局办理4件。

2021年，全区人民调解组织共受理矛盾纠纷1846件，调解成功1702件，调解成功率92.2%。

界别委员开展专题调研坚持"先下基层、后提建议"，形成调研报告3篇。

区民政局根据界别建议起草了"枫屿区社区养老服务点建设方案"，于10月印发实施。

二、明年打算

继续开展"石榴花开"民族团结宣传活动。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyu-ethnic-2021.txt", _REPORT)], tmp_path_factory.mktemp("told"))


def test_a_group_word_of_the_bodys_own_name_is_no_group_counted(kb):
    assert "27件" in first_line(kb, "枫屿区政协少数民族和宗教界别2021年一共交了多少件提案")


def test_a_group_counted_that_the_report_does_not_count_is_still_declined(kb):
    assert not kb.answer("少数民族委员有几名").answered


def test_a_share_asked_is_the_percentage(kb):
    assert "40.7%" in first_line(kb, "社会治理类占多少比例")


def test_a_bare_clause_of_the_questions_words_counts_the_thing_before(kb):
    assert "1702件" in first_line(kb, "调解成功了多少件纠纷")


def test_parallel_bare_clauses_count_the_thing_named_first(kb):
    assert "6件" in first_line(kb, "区民政局办理多少件提案")


_PRINCIPLES = """政协枫屿区委员会少数民族和宗教界别2021年工作总结

一、履职情况

坚持把提案作为界别履职的重要载体，实行"先调研、后提案"，全年界别委员共提交提案27件，比上年增加3件；其中集体提案5件。

调研工作坚持"小课题、深调研"，每项课题由召集人牵头，吸收相关领域委员参加，形成调研报告3篇。

会后界别形成的"关于加快社区养老服务的建议"获区长批示，区民政局据此牵头起草了"枫屿区社区养老服务点建设方案"，于10月印发实施。

区民政局普遍实行"一把手"负总责、分管领导具体抓的工作机制。
"""


@pytest.fixture(scope="module")
def principles(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyu-ethnic-2021.txt", _PRINCIPLES)], tmp_path_factory.mktemp("kinds"))


@pytest.mark.parametrize("question, expected", [
    ("提案工作实行什么原则", "先调研、后提案"),
    ("根据养老建议起草了什么文件", "社区养老服务点建设方案"),
])
def test_the_kind_noun_of_a_deeds_object_is_told_by_the_quoted_object(principles, question, expected):
    assert expected in first_line(principles, question)


def test_a_deed_of_a_work_the_report_never_tells_is_still_declined(principles):
    assert not principles.answer("交办工作实行什么原则").answered


_NAMES = """政协枫屿区委员会2021年提案工作情况报告

一、主要工作

疫情平稳后，区政协组织开展"助企纾困委员在行动"专项调研，由区政协副主席带队，走访企业40家，形成的2件集体提案全部被列为重点提案。

全面推行委员与承办单位"双向测评"，委员对承办单位的办理态度进行测评，承办单位对提案质量进行评价。

区政协委员共提交提案186件，立案172件。
"""


@pytest.fixture(scope="module")
def names(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyu-proposals-2021.txt", _NAMES)], tmp_path_factory.mktemp("names"))


def test_a_name_asked_is_told_by_a_quote_holding_the_questions_words(names):
    assert "助企纾困委员在行动" in first_line(names, "助企纾困专项调研活动叫啥名")


def test_a_name_of_an_event_the_report_never_holds_is_still_declined(names):
    assert not names.answer("助企纾困座谈会叫什么名字").answered
