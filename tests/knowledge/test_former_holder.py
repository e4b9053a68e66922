"""The holder before the present one (某某之前的那位主任叫啥): a role written as left (原主任) is a former
holder's, and 那位 / 这位 only point at the person asked; a former holder asked where the text names
none is still declined. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青禾市第九届委员会港澳台侨委员会2022年工作总结

专委会现有委员26名。今年2月，原主任邢立群同志调任市侨联主席；3月，经市政协常委会会议通过，戴文澜同志任专委会主任。

一、联谊交流

全年开展联谊活动8次。
"""

_NONE_BEFORE = """政协白湾市第九届委员会经济委员会2022年工作总结

专委会现有委员31名，主任戴志诚同志主持专委会日常工作。

一、调查研究

全年开展调研5项。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qinghe-qiao.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qinghe-qiao"))


def test_the_holder_before_is_the_one_written_as_left(kb):
    assert "邢立群" in first_line(kb, "戴文澜之前的那位主任叫啥？")
    assert "邢立群" in first_line(kb, "戴文澜之前的主任是谁")
    assert "戴文澜" in first_line(kb, "专委会主任是谁")


def test_a_former_holder_untold_is_declined(tmp_path):
    document = SourceDocument("baiwan-jingji.txt", _NONE_BEFORE.split("\n", 1)[0], None, _NONE_BEFORE)
    kb = KnowledgeBase([document], tmp_path)
    assert not kb.answer("戴志诚之前的那位主任叫啥？").answered
