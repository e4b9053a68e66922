"""An ordinal meeting asked (第一场议事会), another one told (第二场): declined; the one asked, told as
第一场 or 首场, answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协梧桥县委员会农业委员会2022年工作总结

一、协商议政

6月15日，委员会在石岭镇承办县政协2022年第二场“乡亲议事会”，围绕“农村道路管护”主题协商，参加群众80余人。

9月20日，委员会在竹园乡举办首场“田间课堂”，围绕“稻渔综合种养”主题开展培训，参加农户120余人。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("wuqiao-agri-2022.txt", _REPORT)], tmp_path_factory.mktemp("wuqiao-agri"))


def test_another_ordinal_meeting_told_is_declined(kb):
    assert not kb.answer("第一场乡亲议事会的主题是啥？").answered
    assert not kb.answer("第一场乡亲议事会有多少群众参加").answered


def test_the_ordinal_meeting_told_answers(kb):
    assert "农村道路管护" in kb.answer("第二场乡亲议事会的主题是啥？").text
    assert "稻渔综合种养" in kb.answer("第一场田间课堂的主题是啥？").text
