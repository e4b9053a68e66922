"""Places asked by a pair of region levels (哪几个县区政协, 哪几个县市: level_pair.py) are told by a sentence naming
them, not by one writing the pair in general (各县区政协要…, 赴4个县市考察), which ranks below the list and answers
only with a doubt.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.level_pair import asked_pair, pair_untold
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协2022年工作总结

一、主要工作

课题组先后赴省内外4个县（市）考察学习，形成调研报告1篇。

二、表彰情况

全年工作受到表扬的先进集体有：澜汀区政协、柳岙县政协、栗川区政协。各县（区）政协要对照先进、找准差距。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-pairs.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("level-pair"))


def test_the_pair_asked():
    assert asked_pair("哪几个县区政协被评为先进集体") == "县区"
    assert asked_pair("考察了哪些县市") == "县市"
    assert asked_pair("和县区政协联合调研了几次") is None  # no places asked
    assert asked_pair("哪些市区道路改造了") is None  # 市区: a town's centre, no pair


def test_a_pair_in_general_names_no_place():
    assert pair_untold("考察了哪几个县市", "课题组赴4个县市考察学习")
    assert pair_untold("哪几个县区政协受表扬", "各县区政协、各专委会要对照先进")
    assert not pair_untold("哪几个县区政协受表扬", "澜汀区政协、柳岙县政协受到表扬,各县区政协要对照先进")
    assert not pair_untold("考察了哪几个县市", "赴澜汀县等2个县市考察")
    assert not pair_untold("推广哪些区县经验", '召开区县政协主席联席会议,推广澜汀县"协商在基层"、柳岙县委员工作站等经验')
    assert not pair_untold("考察了几个县市", "课题组赴4个县市考察学习")  # a count asked


def test_counted_places_are_not_named(kb):
    assert not kb.answer("课题组考察的是哪几个县市").answered


def test_the_list_before_the_pair_in_general(kb):
    assert "澜汀区政协" in first_line(kb, "哪几个县区政协受到表扬")
