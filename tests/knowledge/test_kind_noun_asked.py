"""A noun naming the kind of thing asked (在哪些城市成立, 是什么性质的活动), which the report never uses, does not
decline the question: the answer names the cities or the kind (公益讲座), not the noun."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协石泉县委员会2021年工作报告

一、联系服务

加强与在外石泉籍人士联系，在苏州、厦门成立"石泉乡友联络站"2个。

二、学习宣传

"松风讲堂"是县政协联合县图书馆共同举办的公益讲座，邀请本县文化名人登台主讲。全年开展读书活动6场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("shiquan.txt", _REPORT)], tmp_path_factory.mktemp("shiquan"))


def test_cities_asked_by_their_kind_noun(kb):
    assert "苏州" in first_line(kb, "乡友联络站在哪些城市成立")


def test_nature_asked_by_its_kind_noun(kb):
    assert "公益讲座" in first_line(kb, "松风讲堂是什么性质的活动")


def test_an_unknown_thing_is_still_declined(kb):
    assert not kb.answer("乡友联络站有哪些食堂").answered
