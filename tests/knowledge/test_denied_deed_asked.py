"""A count asked of a deed the question denies (没立案的提案有多少件, 有多少件提案没有立案, 不予立案的有几件) is answered
only by an amount telling those the deed was denied — 不符合立案条件的N件, 仍有N名委员未报送信息, or the rest after the
deed's count (立案N件，…，其余N件) — never by the count of those it was done for.  On made-up reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REST = """雁汀县政协常务委员会关于提案工作情况的报告

一、提案提交和立案情况

十届三次会议以来，委员共提交提案318件，比上年增加12件；经审查立案287件，立案率90.3%，其余31件转为委员来信处理。

二、社情民意信息

全年委员报送社情民意信息642条。全县有174名委员报送了信息，仍有39名委员全年未报送信息。
"""

_DENIED = """雁汀县政协常务委员会关于提案工作情况的报告

一、提案审查情况

经审查，立案236件，立案率88.4%；对不符合立案条件的31件，转有关部门参考。
"""

_NONE = """雁汀县政协常务委员会关于提案工作情况的报告

一、提案审查情况

本年度共收到提案318件，经审查立案287件，全部交有关单位办理。
"""


def _kb(tmp_path_factory, text, name):
    return KnowledgeBase([document_from_text(f"{name}.txt", text)], tmp_path_factory.mktemp(name))


@pytest.fixture(scope="module")
def rest(tmp_path_factory):
    return _kb(tmp_path_factory, _REST, "yanting-rest")


@pytest.mark.parametrize("question", ["没立案的提案有多少件", "有多少件提案没有立案", "不予立案的提案有几件"])
def test_the_rest_after_the_deed_count_answers(rest, question):
    line = first_line(rest, question)
    assert "31件" in line and "287件" not in line


def test_the_deed_asked_plainly_still_gets_its_own_count(rest):
    assert "287件" in first_line(rest, "立案了多少件提案")


def test_those_denied_after_the_amount_answer(rest):
    line = first_line(rest, "没有报送社情民意信息的委员有多少")
    assert "39名" in line and "642条" not in line


def test_a_denial_in_other_words_answers(tmp_path_factory):
    kb = _kb(tmp_path_factory, _DENIED, "yanting-denied")
    assert "31件" in first_line(kb, "不予立案的有多少件")
    assert "236件" in first_line(kb, "立案多少件")


def test_no_denied_count_told_is_declined_not_answered_with_the_deed(tmp_path_factory):
    kb = _kb(tmp_path_factory, _NONE, "yanting-none")
    answer = kb.answer("没立案的提案有多少件")
    assert not answer.answered or ("287件" not in answer.text.split("\n")[0] and "318件" not in answer.text.split("\n")[0])


_PARTS = """雁汀县政协常务委员会关于提案工作情况的报告

一、提案审查情况

共立案264件；对不符合立案条件的29件，转为社情民意信息17件，作为委员来信转送有关部门参考12件。
"""


def test_a_part_of_those_denied_told_after_them_answers(tmp_path_factory):
    kb = _kb(tmp_path_factory, _PARTS, "yanting-parts")
    assert "17件" in first_line(kb, "不予立案的提案里，转为社情民意信息的有多少件")
    assert "29件" in first_line(kb, "不予立案的有多少件")


_PERSON = """雁汀县政协委员甘某某2024年度履职情况

一、提交提案情况

2024年，甘某某委员共提交提案6件，比上年增加2件，经审查立案5件，其余1件转作委员来信交有关部门参考。
"""


def test_a_person_named_before_the_denial_names_no_denied_set(tmp_path_factory):
    kb = _kb(tmp_path_factory, _PERSON, "yanting-person")
    line = first_line(kb, "甘某某有几件提案没立案")
    assert "1件" in line and "6件" not in line
