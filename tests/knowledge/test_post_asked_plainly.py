"""A post asked in plain speech (以前当过什么官) is a post asked, as 以前担任什么职务 is: a person whose
sentence tells only the post held now is declined, not answered with it (person_posts.py). On a report
of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.person_posts import asks_a_post
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协篁川市委员会2021年宣传工作总结

一、工作回顾

今天，我们召开全市政协宣传工作会议。会议由分管宣传工作的市政协副主席岑怀远同志主持。全年编印《篁川政协》杂志6期，刊发稿件233篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("huangchuan.txt", _REPORT)], tmp_path_factory.mktemp("huangchuan"))


def test_an_office_held_is_a_post_asked():
    assert asks_a_post("岑怀远以前当过什么官")
    assert asks_a_post("他做过啥官")
    assert not asks_a_post("在什么官方媒体上发表")


def test_an_earlier_post_untold_is_declined(kb):
    assert not kb.answer("岑怀远副主席以前当过什么官").answered


def test_the_post_now_is_still_told(kb):
    assert "副主席" in first_line(kb, "岑怀远是什么职务")
