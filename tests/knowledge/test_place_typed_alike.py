"""A place no report writes, asked one character apart from one a report writes at the same level: a slip only
where the two characters are alike in sound (芊 for 岍) or in shape (铱 for 铟, both 钅 and a few strokes apart);
one unlike character apart (笳 for 岍) is another place, whose figures the report does not give.  On a report of
our own, its names made up."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.neighbour_committee import _written_alike
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.typed_alike import typed_alike

from .conftest import first_line

_REPORT = """政协岍溆市委员会2023年委员联络工作总结

一、主要工作

全年在铟峪县设立委员联络站4个，组织委员进站接待群众52次。岍溆市政协全年共引荐招商项目11个，收集社情民意信息87条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qianxu.txt", _REPORT)], tmp_path_factory.mktemp("qianxu"))


def test_characters_alike_in_sound_or_shape_are_a_slip_both_ways():
    assert typed_alike("芊", "岍") and typed_alike("岍", "芊")  # one reading, qian
    assert typed_alike("铱", "铟") and typed_alike("铟", "铱")  # 钅, a few strokes apart
    assert not typed_alike("笳", "岍") and not typed_alike("岍", "笳")  # 竹 and 山, jia and qian
    assert not typed_alike("笳", "、")


def test_a_place_written_alike_is_only_one_a_slip_apart():
    corpus = _REPORT + "、溆市与峪县"
    assert _written_alike("芊溆", "市", corpus) and _written_alike("铱峪", "县", corpus)
    assert not _written_alike("笳溆", "市", corpus)  # nor 、溆市: no character of a place
    assert not _written_alike("铟笳", "县", corpus)


def test_a_place_written_alike_is_a_word_of_the_documents():
    corpus = "推动中小城市发展，铟峪县"
    words = {"铟峪", "城市", "中小"}.__contains__
    assert _written_alike("铱峪", "县", corpus, words)
    assert not _written_alike("筱城", "市", corpus, words)  # 小城市 is no place, though 筱 sounds as 小
    assert _written_alike("筱城", "市", corpus)


def test_a_slip_is_answered_and_another_place_declined(kb):
    assert "11个" in first_line(kb, "芊溆市去年引荐了多少招商项目")
    assert not kb.answer("笳溆市去年引荐了多少招商项目").answered
    assert "11个" in first_line(kb, "岍溆市去年引荐了多少招商项目")
