"""Counts by outlet and level (…在市级媒体刊发520篇，其中某晚报刊发233篇，某新闻网发布稿件187篇): the item naming the
outlet asked is not outnamed by another item that only writes the counted noun (稿件多少篇 → not 发布稿件187篇); the
whole is asked when the question writes its own words and none of its part's (某平台采用…38篇，其中被全国平台采用2篇);
a deed done (一共发了多少篇稿子) asks no body's size. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.whole_words import whole_by_unlisted_words

from .conftest import first_line

_REPORT = """政协蔺溪市委员会2023年宣传信息工作总结

一、新闻宣传

一是发稿数量创新高。2023年，全市政协系统在中央、省、市各级媒体共刊发稿件860篇，比上年增长12.5%。其中，在中央级媒体刊发41篇，比上年增加6篇，人民政协报头版刊登我市稿件4篇；在省级媒体刊发190篇，其中岷栎政协杂志采用22篇、岷栎日报采用31篇；在市级媒体刊发520篇，其中蔺溪晚报刊发233篇，蔺溪新闻网发布稿件187篇。

二是抗疫宣传有力。疫情防控期间，共采写委员事迹稿件90篇，其中被中央级媒体采用7篇、省级媒体采用18篇。

三是融合传播见效。全年蔺溪融媒学习平台采用我市政协稿件38篇，其中被全国学习平台采用2篇；省政协网转载我市政协稿件57篇。

二、理论研究

全年组织召开理论研讨会2次，征集理论研究论文64篇，编印《政协理论研究文集》，收录优秀论文27篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linxi.txt", _REPORT)], tmp_path_factory.mktemp("linxi"))


def test_the_outlet_named_binds_its_own_clause(kb):
    assert "233篇" in first_line(kb, "蔺溪晚报去年刊发政协稿件多少篇")


def test_the_whole_is_asked_by_its_own_words(kb):
    assert "38篇" in first_line(kb, "蔺溪融媒学习平台采用了我们多少篇")
    assert "2篇" in first_line(kb, "全国学习平台采用了我们多少篇")


def test_a_deed_done_is_counted_in_all(kb):
    assert "860篇" in first_line(kb, "去年全市政协一共发了多少篇稿子？")


def test_the_whole_by_a_word_no_item_writes():
    assert whole_by_unlisted_words("蔺溪平台采用了多少篇", [("平台",), ("采用",)], ["被全国平台采用2篇"],
                                   "全年蔺溪平台采用稿件")
    assert not whole_by_unlisted_words("全国平台采用了多少篇", [("全国",), ("平台",), ("采用",)],
                                       ["被全国平台采用2篇"], "全年蔺溪平台采用稿件")
