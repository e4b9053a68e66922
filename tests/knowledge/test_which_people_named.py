"""People asked by which ones (哪几位专家, 哪两位委员) are answered by a sentence naming people, not by
one speaking of them as a kind (邀请专家学者围绕…作辅导). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协桐庐湾区委员会2021年工作报告

一、学习培训

开办"桐湾讲坛"，全年举办5期，分别邀请专家学者围绕海洋经济、城市更新作专题辅导。

二、表彰

周志宏、陈素梅2名委员被评为全市优秀政协委员。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tongwan.txt", _REPORT)], tmp_path_factory.mktemp("tongwan"))


def test_a_kind_of_people_names_no_one(kb):
    assert not kb.answer("桐湾讲坛请的是哪几位专家？").answered


def test_people_named_answer(kb):
    line = first_line(kb, "哪几位委员被评为全市优秀政协委员？")
    assert "周志宏" in line and "陈素梅" in line


def test_names_listed_before_their_count_are_people(kb):
    """周某、陈某2名委员: the count says the listed words are people, though no post stands before them."""
    line = first_line(kb, "谁被评为全市优秀政协委员")
    assert "周志宏" in line and "陈素梅" in line
