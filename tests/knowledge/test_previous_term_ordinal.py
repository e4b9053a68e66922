"""The term before asked by its place (上一届…有多少委员) is not answered by the present term's figure (本届共有委员,
现有委员: term_told.present_term_told); a stage asked (一期投了多少钱) is not answered by the figure of another stage
the asked one is only the starting point of (在一期基础上投入…实施二期建设: wording.figure_of_other_ordinal).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.term_told import present_term_told
from bot.knowledge.wording import figure_of_other_ordinal

from .conftest import first_line

_TEXT = """苍梧市政协机关2023年工作总结

一、服务全体会议

本届市政协共有委员386名，其中新任委员201名。

二、推进信息化建设

在2022年数字平台一期基础上，机关投入资金275万元实施平台二期建设，于2023年9月上线运行。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-office.txt", _TEXT.split("\n", 1)[0], "2023", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("previous-term"))


def test_present_term_for_the_previous():
    assert present_term_told("上1届市政协有多少委员", "本届市政协共有委员386名")
    assert present_term_told("上届界别有多少委员", "界别现有委员38名")
    assert not present_term_told("上届界别有多少委员", "现有委员23名,比上届的19名增加4名")  # 上届 told
    assert not present_term_told("上届立案多少件", "9届市政协五年间立案1602件,本届以来…")  # a numbered term
    assert not present_term_told("比上届多多少件", "本届共收到提案500件")  # 上届 as a baseline


def test_figure_of_another_stage():
    sentence = "在2022年数字平台1期基础上,机关投入资金275万元实施平台2期建设"
    assert figure_of_other_ordinal("1期", "275万元", sentence)
    assert not figure_of_other_ordinal("2期", "275万元", sentence)
    assert not figure_of_other_ordinal("1期", "275万元", "平台1期投入资金275万元")


def test_the_previous_term_declined(kb):
    assert not kb.answer("上一届市政协有多少委员").answered
    assert "386名" in first_line(kb, "本届市政协有多少委员")


def test_another_stage_declined(kb):
    assert not kb.answer("数字平台一期投了多少钱").answered
    assert "275万元" in first_line(kb, "数字平台二期投了多少钱")
