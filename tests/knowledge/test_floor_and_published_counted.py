"""The thing counted standing before a floor (每名联络员联系委员不少于6名: 委员 is counted, 不少于 is no noun of its
own), and a verb of publishing before the head counted (电视台播发新闻184条 answers 播了多少条政协新闻: 播发 is the
deed, not another kind of 新闻). On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """柘岗市政协2022年宣传工作总结

一、媒体协作

聘请政协宣传联络员16名，建立"联络员联系委员"制度，每名联络员联系委员不少于6名。
全年在市级媒体刊发稿件530篇，其中柘岗日报刊发205篇，柘岗电视台播发新闻184条，柘岗在线发布稿件141篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhegang.txt", _REPORT)], tmp_path_factory.mktemp("zhegang"))


def test_counted_before_a_floor(kb):
    assert first_line(kb, "联络员每人至少联系几个委员").startswith("答：不少于6名")


def test_publishing_verb_before_the_counted_head(kb):
    assert first_line(kb, "柘岗电视台播了多少条政协新闻").startswith("答：184条")
