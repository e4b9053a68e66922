"""Which ones of so many the question gives (8个先进集体都是哪些单位) where the report only counts them,
broken down by kind (其中县区政协4个、专门委员会4个) at most: declined (counted_only.py). A report
naming them after a colon answers. On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_COUNTED = """政协篁川市委员会2021年宣传工作总结

一、表彰激励

经各单位推荐、办公室审核、网上公示等程序，共评选出宣传工作先进集体6个（其中县区政协3个、市政协专门委员会3个）、优秀通讯员25名、优秀政协信息15条。
"""

_NAMED = """政协篁川市委员会2021年宣传工作总结

一、表彰激励

经各单位推荐、办公室审核等程序，共评选出宣传工作先进集体3个：篁川市东港区政协、篁川市西岭县政协、市政协提案委员会。
"""


@pytest.fixture(scope="module")
def counted(tmp_path_factory):
    return KnowledgeBase([document_from_text("counted.txt", _COUNTED)], tmp_path_factory.mktemp("counted"))


@pytest.fixture(scope="module")
def named(tmp_path_factory):
    return KnowledgeBase([document_from_text("named.txt", _NAMED)], tmp_path_factory.mktemp("named"))


def test_which_ones_only_counted_are_declined(counted):
    assert not counted.answer("6个先进集体都是哪些单位").answered


def test_the_count_is_still_told(counted):
    assert "6个" in first_line(counted, "先进集体评了几个")


def test_which_ones_named_are_answered(named):
    assert "西岭县" in first_line(named, "3个先进集体都是哪些单位")
