"""Online in members' words (网上, 线上) is online in the documents' (网络): 通过网上提交的提案 reads 通过网络提交."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协石湾区第五届委员会提案工作情况报告

一、2020年提案工作回顾

2020年，区政协启用提案网上办理系统，全年通过网络提交的提案186件，占提案总数的81.2%。
大会期间共收到提案229件，经审查立案205件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shiwan-2020.txt", _REPORT.split("\n", 1)[0], "2020", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shiwan"))


def test_online_in_members_words(kb):
    assert first_line(kb, "通过网上系统提交的提案有多少件？").startswith("答：186件")
    assert first_line(kb, "线上提交的提案有多少件").startswith("答：186件")


def test_the_whole_is_still_the_whole(kb):
    assert first_line(kb, "大会期间共收到提案多少件？").startswith("答：229件")
