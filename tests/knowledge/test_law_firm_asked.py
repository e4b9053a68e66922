"""Which law firm someone is with (哪家律所, 哪个律师事务所): answered only by a sentence naming a 律师事务所,
not by one that only calls them a lawyer member.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """蔺州市政协社会法制界别2022年工作总结

一、2022年主要工作

界别委员工作室开设“周五法律门诊”，由苗文竹、赖思源等律师委员提供法律咨询，全年开诊40次。

界别召集人由蔺州正衡律师事务所主任尉迟岚担任。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linzhou-fazhi.txt", _REPORT)], tmp_path_factory.mktemp("linzhou-fazhi"))


@pytest.mark.parametrize("question", ["赖思源是哪家律所的律师", "苗文竹是哪个律师事务所的律师"])
def test_no_firm_named_is_declined(kb, question):
    assert not kb.answer(question).answered


def test_the_sessions_are_still_counted(kb):
    assert "40次" in first_line(kb, "法律门诊全年开诊几次")
