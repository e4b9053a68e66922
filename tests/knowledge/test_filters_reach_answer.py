"""Words of a question that name no other place nor another event must not keep every passage from being read:
the levels of government listed (县市区政府, written 县（市、区）政府 in the report) are no place called 县市; the
words before an event or body that end its name (a demonstrative: 这份界别总结; a verb: 委员每年联系界别群众,
民政局根据调研; an exclusion: 不算调研; a date: 8月12号视察; another event: 座谈会界别委员) do not narrow which
one is asked. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import question_places
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse
from bot.knowledge.subjects import subject_phrases

from .conftest import first_line

_REPORT = """澄江市政协农业和农村界别2021年工作总结

（二〇二二年一月十五日）

2021年，市政协农业和农村界别围绕乡村振兴认真履职，较好完成了全年各项任务。

一、主要工作

界别出台联系群众制度，要求每名委员每年联系界别群众不少于15人次。

全年共提交提案41件，交由承办单位办理，其中市直部门29家、县（市、区）政府7家。

8月12日，界别组织委员视察了南坪社区、北塘社区的农贸市场建设。

市农业农村局根据界别调研报告，制定了澄江市高标准农田建设管护办法。

全年组织界别视察9次，开展专题调研6次。

11月3日，界别召开委员座谈会，有6名委员作交流发言。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengjiang-agri-sector.txt", _REPORT)], tmp_path_factory.mktemp("kb"))


def test_levels_of_government_listed_are_no_place():
    assert question_places("县市区政府承办单位几家", set()) == set()
    assert question_places("市县政府承办了几件", set()) == set()
    assert question_places("宁川市政协主席是谁", set()) == {"宁川"}


def test_hearsay_or_asking_before_a_committee_is_no_place():
    assert question_places("听说市政协去年把协商会开到了乡镇", set()) == set()
    assert question_places("请问县政协主席是谁", set()) == set()


@pytest.mark.parametrize(("question", "expected"), [
    ("每名委员每年联系界别群众不少于多少", "15人次"),
    ("8月12号视察了哪几个社区", "南坪社区"),
    ("市农业农村局根据界别调研制定了什么办法", "管护办法"),
    ("11月3日座谈会界别几个委员发言", "6名"),
])
def test_words_ending_a_name_do_not_keep_the_answer_out(kb, question, expected):
    assert expected in first_line(kb, question), question


def test_levels_listed_reach_the_passage_telling_them(kb):
    answer = kb.answer("县市区政府承办提案的单位有几家")
    assert answer.answered and "县（市、区）政府7家" in answer.text


@pytest.mark.parametrize(("question", "head"), [
    ("这份界别总结是哪天出的", "界别"),
    ("去年视察搞了几次？不算调研", "调研"),
    ("每名委员每年联系界别群众不少于多少", "界别"),
    ("8月12号视察了哪几个社区", "视察"),
])
def test_no_word_ending_a_name_narrows_the_event(kb, question, head):
    norm = normalize_text(question)
    q = analyse(norm, norm, kb.segmenter, kb.index)
    assert all(h != head for h, _ in subject_phrases(q)), subject_phrases(q)


def test_words_naming_which_event_still_narrow_it(kb):
    norm = normalize_text("农贸市场专题调研是哪天开展的")
    q = analyse(norm, norm, kb.segmenter, kb.index)
    assert ("调研", ["农贸市场"]) in subject_phrases(q) or ("调研", ["市场", "农贸"]) in subject_phrases(q), \
        subject_phrases(q)
