"""A figure per occasion asked (讲堂每期多少人参加, 每场提多少条), the amount's own clause telling a sum over all
the occasions (举办4期，每期围绕一个主题，累计参与210余人次): declined (per_head.py), though another clause of the
sentence writes 每期.  A clause writing the figure per occasion answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协榧溪县委员会2021年学习宣传工作总结

一、办好学习平台

依托县图书馆举办"晓岚讲堂"5期，每期围绕一个主题，邀请专家与委员面对面交流，累计参与210余人次。

《榧溪政协》内刊全年编印4期，每期印刷1200册，发送全体委员和县直各部门。

全年召开界别协商座谈会3场，平均每场提出意见建议15条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("feixi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("feixi"))


def test_a_figure_per_occasion_asked_a_sum_told_declined(kb):
    assert not kb.answer("晓岚讲堂每期大概多少人参加").answered


def test_a_figure_per_occasion_told_answers(kb):
    assert first_line(kb, "内刊每期印多少册").startswith("答：1200册")
    assert "15条" in first_line(kb, "界别协商座谈会每场提多少条建议")
    assert "210" in first_line(kb, "晓岚讲堂累计多少人次参与")
