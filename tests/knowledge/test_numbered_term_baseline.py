"""A term transition report compares the new term with the one before by its number (比第八届的320名减少20名):
asked of the term before (上届, 第八届), the base of the comparison answers; asked how much more or fewer than
the term before (比上届少了几名), the difference; never the new term's own figure. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.term_told import baseline_term_asked, terms_compared_with

from .conftest import first_line

_REPORT = """政协蔺葭市委员会2022年换届工作总结

一、界别和名额

第九届委员会设置界别30个，比第八届的28个增加2个。委员名额总数核定为300名，比第八届的320名减少20名，名额分配向基层一线适当倾斜。

二、委员结构

委员平均年龄49.8岁，比第八届下降2.1岁。其中45岁及以下的71名，占23.7%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linjia-term.txt", _REPORT)], tmp_path_factory.mktemp("linjia-term"))


def test_the_term_compared_with():
    assert terms_compared_with("名额300名,比第8届的320名减少20名,比8届2次会议增加3件") == ("比第8届",)
    assert baseline_term_asked("第8届有几个界别", "设置界别30个,比第8届的")
    assert not baseline_term_asked("第9届有几个界别", "设置界别30个,比第8届的")


def test_the_term_before_asked_gets_the_base(kb):
    assert "320名" in first_line(kb, "上届委员名额是多少")
    assert "28个" in first_line(kb, "第八届有几个界别")


def test_the_difference_asked_gets_the_difference(kb):
    assert "20名" in first_line(kb, "委员名额比上届少了几名")
    assert "2.1岁" in first_line(kb, "平均年龄比上届降了多少")
    assert "2个" in first_line(kb, "界别比上届多几个")
