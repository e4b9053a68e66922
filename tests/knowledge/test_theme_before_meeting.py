"""A quoted phrase written right before a meeting's name ("城乡融合发展"专题协商会) is that meeting's theme,
as one written after 围绕 is; not of another meeting the sentence tells (对口协商).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协桐江县委员会经济委员会2020年工作总结

一、2020年主要工作

一年来，委员会坚持团结和民主两大主题，认真履行职能。全年组织委员视察4次，形成视察报告4篇。5月，协助县政协召开“特色产业发展”专题协商会，9名委员作了发言。
8月，围绕“农村人居环境整治”主题开展民主监督。全年报送社情民意信息18篇，其中6篇被市政协采用。委员提交提案27件，立案24件，均已办复。

二、2021年工作打算

精心筹备县政协2021年"城乡融合发展"专题协商会，计划与县发改局开展对口协商2次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("tongjiang.txt", _REPORT.split("\n", 1)[0], "2020", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("tongjiang"))


def test_the_theme_quoted_before_the_meeting(kb):
    assert "城乡融合发展" in first_line(kb, "2021年专题协商会的主题是什么")


def test_not_the_theme_of_another_meeting(kb):
    assert not kb.answer("明年和县发改局对口协商的主题是什么").answered
