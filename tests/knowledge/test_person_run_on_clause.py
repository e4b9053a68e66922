"""A clause with no subject of its own (…在灾区连续工作40天，被省应急管理厅授予"…"称号) goes on about the person
the sentence named: what the question asks of them (获了什么称号) may stand two clauses after the name."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协溪南县委员会2021年工作报告

一、委员风采

县中医院委员周若兰主动请缨参加省抗洪医疗队，在灾区连续工作40天，被省应急管理厅授予"抗洪救灾先进个人"称号。

二、其他工作

委员韩立新出席县委座谈会并发言。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xinan.txt", _REPORT)], tmp_path_factory.mktemp("xinan"))


def test_the_title_two_clauses_after_the_name(kb):
    assert "抗洪救灾先进个人" in first_line(kb, "周若兰被授予啥称号")


def test_a_person_named_only_is_still_declined(kb):
    assert not kb.answer("韩立新被授予啥称号").answered
