"""占百分之几 asks a share: 百分之 is the question's frame, not a word to find; a letter with a kind
word (A类, B级), which the segmenter cuts apart, is a label the documents use even in brackets.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协梅岭县委员会关于2019年提案工作情况的报告

——2020年1月7日在政协梅岭县第十届委员会第四次会议上

一、提案办理情况

从内容看，经济方面61件，占25.4%；社会法制方面38件，占15.8%。
从办理结果看，所提问题已经解决或建议已被采纳的（A类）131件，占54.6%；留作参考的（C类）19件，占7.9%。
全年通过网络提交的提案187件，占提案总数的77.9%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("meiling.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("meiling"))


def test_a_share_asked_with_baifenzhi_is_the_shares_figure(kb):
    assert "25.4%" in first_line(kb, "经济类提案占百分之几")
    assert "77.9%" in first_line(kb, "通过网络提交的提案占百分之多少")


def test_a_lettered_grade_is_one_label(kb):
    assert "131件" in first_line(kb, "A类提案有多少件")
    assert "54.6%" in first_line(kb, "A類提案佔百分之幾")
    assert "19件" in first_line(kb, "C类提案有多少件")
