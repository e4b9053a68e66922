"""Several people listed after a verb of appointing with their count (补选甲、乙、丙3名同志为常务委员) each
hold the post given (posts_given.py), a name ending in a character that often starts a word (龙国强)
whole; and the post asked by its short form (常委) is held by one told in full (常务委员: post_words.py).
On a made-up report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import _trim_name
from bot.knowledge.post_words import holds
from bot.knowledge.posts_given import given_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岑陂县第六届委员会第二次会议闭幕词

（2024年1月15日）

各位委员：

会议以举手表决方式，补选石文海同志为政协岑陂县第六届委员会副主席，补选丁雪梅、许志强2名同志为常务委员；增补委员5名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("cenpi-closing-elect-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("cenpi-elect"))


def test_each_listed_appointee_holds_the_post():
    found = given_names("补选石文海同志为副主席,补选丁雪梅、许志强2名同志为常务委员;", _trim_name)
    assert found == {"石文海": "副主席", "丁雪梅": "常务委员", "许志强": "常务委员"}


def test_short_post_held_in_full():
    assert holds("常务委员", "常委")
    assert not holds("副主席", "常委")


def test_listed_appointees_answer_who(kb):
    line = first_line(kb, "新补选的常务委员是哪几位")
    assert "丁雪梅" in line and "许志强" in line and "石文海" not in line
    line = first_line(kb, "补选的常委有谁")
    assert "丁雪梅" in line and "许志强" in line
    assert "常务委员" in first_line(kb, "许志强是什么职务")
