"""Asked how many members there are in all (县政协常委一共有多少名), an amount of members who did something
(28名常委在常委会议上进行年度述职, 31名常委和特邀委员参加) is no answer: declined (body_size.py, DOERS). The
sentence telling the membership (现有常委33名) still answers. On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """同心履职谱新篇——政协丰河县委员会2021年履职纪实

一、加强自身建设

2021年，县政协健全委员履职档案制度、委员联系界别群众制度和委员年度述职制度，全年有28名常委在常委会议上进行年度述职。

二、协商议政

7月，县政协召开常委会议，会议以“乡村振兴”为主题，31名常委和特邀委员参加，县委书记出席并讲话。
"""
_MEMBERSHIP = "\n三、委员队伍\n\n目前，县政协现有常委33名。\n"


def _kb(tmp_path_factory, text: str, name: str) -> KnowledgeBase:
    document = SourceDocument(f"{name}.txt", text.split("\n", 1)[0], None, text)
    return KnowledgeBase([document], tmp_path_factory.mktemp(name))


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return _kb(tmp_path_factory, _REPORT, "fenghe")


@pytest.fixture(scope="module")
def kb_with_membership(tmp_path_factory):
    return _kb(tmp_path_factory, _REPORT + _MEMBERSHIP, "fenghe2")


@pytest.mark.parametrize("question", ["常委一共有多少名？", "常委总共有几名"])
def test_members_who_did_something_are_no_membership(kb, question):
    assert not kb.answer(question).answered, question


def test_the_membership_told_answers(kb_with_membership):
    assert first_line(kb_with_membership, "常委一共有多少名？").startswith("答：33名")


def test_those_who_did_it_are_still_answered_when_asked(kb):
    assert first_line(kb, "乡村振兴那次常委会议有多少名常委和特邀委员参加").startswith("答：31名")
    assert first_line(kb, "有多少名常委在常委会议上述职").startswith("答：28名")
