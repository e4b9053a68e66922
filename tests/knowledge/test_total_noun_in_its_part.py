"""A total whose parts repeat the noun it counts (撰写调研随笔35篇，其中6篇在…刊物上刊发，4篇被评为优秀调研随笔):
the noun is the whole's, so asking it (写了多少篇调研随笔) is answered by the total, and asking a part by its
own word (几篇登在刊物上) by that part, not by the one that only repeats the noun.  A part naming a narrower set
with a longer word (委员30名 … 市政协委员55名) is still told by it."""

from __future__ import annotations

import pytest

from bot.knowledge.whole_words import repeats_whole
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协榴川市委员会教育界别2022年工作总结

政协榴川市教育界别
（二〇二三年一月五日）

一、加强学习

全年组织集中学习9次，委员撰写调研随笔35篇，其中6篇在“榴川政协”刊物上刊发，4篇被市政协机关评为优秀调研随笔。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("liuchuan-education.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("liuchuan-education"))


def test_the_noun_of_the_total_asks_the_total(kb):
    assert first_line(kb, "委员写了多少篇调研随笔").startswith("答：35篇")


def test_a_part_asked_by_its_own_word(kb):
    assert first_line(kb, "调研随笔有几篇登在刊物上").startswith("答：6篇")



def test_a_part_named_by_a_longer_word_than_the_total():
    # 委员会现有委员30名，…，2个界别共有市政协委员55名: the part's 市政协委员 is narrower than the total's 委员.
    assert not repeats_whole(("政协委员", "委员"), "现有委员", ["主任1名", "2个界别共有市政协委员55名"])
    assert repeats_whole(("心得",), "撰写调研心得", ["6篇在刊物上刊发", "4篇被评为优秀调研心得"])
