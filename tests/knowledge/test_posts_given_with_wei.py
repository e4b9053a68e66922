"""Posts given with 为 (posts_given.py): a holder appointed as a post (增补某同志为提案委员会主任) is that
post's holder now, not the former one written before him; several holders listed after a post and 为,
closed by 同志 (副主任为甲、乙同志), are that post's.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_people, find_person_names
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澧川县委员会常务委员会关于提案工作情况的报告

一、提案委员会建设

2024年4月，原提案委员会主任柯文瀚同志因工作调动不再担任该职务，县政协常委会议增补聂若岚同志为提案委员会主任。提案委员会现有主任1名、副主任2名，副主任为缪长庚、阙晓涵同志。

二、提案办理

全年立案提案186件，办复率100%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lichuan-proposals.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lichuan-proposals"))


def test_appointed_holder_read_with_post():
    sentence = "县政协常委会议增补聂若岚同志为提案委员会主任。"
    people = find_people(sentence, find_person_names(sentence))
    assert [(p.name, p.role) for p in people] == [("聂若岚", "提案委员会主任")]


def test_listed_holders_read_under_post():
    sentence = "提案委员会现有主任1名、副主任2名，副主任为缪长庚、阙晓涵同志。"
    people = find_people(sentence, find_person_names(sentence))
    assert sorted((p.name, p.role) for p in people) == [("缪长庚", "副主任"), ("阙晓涵", "副主任")]


def test_no_post_after_wei_reads_no_holder():
    sentence = "会上，周明远同志为大家作专题辅导。"
    assert find_people(sentence, find_person_names(sentence)) == []


def test_present_holder_answers_plain_question(kb):
    assert "聂若岚" in first_line(kb, "现在提案委员会主任是谁")


def test_former_holder_answers_former_question(kb):
    assert "柯文瀚" in first_line(kb, "原来的提案委员会主任叫什么")


def test_listed_deputies_answer(kb):
    line = first_line(kb, "提案委员会副主任有哪些人")
    assert "缪长庚" in line and "阙晓涵" in line
