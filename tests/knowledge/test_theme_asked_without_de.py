"""A theme asked without 的 (对口协商主题是啥, 协商议题有哪些) of a sentence that names no theme (积极参加对口协商…)
is declined, like 会议的主题是什么; a sentence quoting the theme still answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协梧桥市委员会工商联界别2022年工作总结

一、履职情况

5月，界别举办营商环境恳谈会，围绕“民营企业融资难”开展协商，提出建议12条。

二、2023年工作打算

积极参加市政协专题协商、对口协商和双月协商座谈会，力争作大会发言或书面发言不少于10篇。围绕主题教育，组织委员集中学习4次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("wuqiao-commerce-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuqiao-commerce"))


def test_theme_asked_of_a_sentence_naming_none_is_declined(kb):
    assert not kb.answer("2023年对口协商主题是啥").answered


def test_theme_asked_of_a_sentence_quoting_it_answers(kb):
    assert "民营企业融资难" in kb.answer("营商环境恳谈会主题是啥").text
