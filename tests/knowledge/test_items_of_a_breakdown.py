"""A breakdown written one item a clause (甲会41篇，…，乙会22篇，丙联12篇) answers one body's count with the amount after its
own name, not the next item's; a total of bodies listed together (各党派、丙联共报送150篇) is no one body's own count
when the body's own item is told (but 评审组由委员和代表共18人组成 is the group's own size).  On a notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NOTICE = """政协溪原市委员会办公室关于2025年度社情民意信息报送情况的通报

一、信息来源

（一）委员个人报送。委员以个人名义报送信息520篇。

（二）民主党派和工商联报送。各民主党派市委会、市工商联共报送150篇，占收稿总量的17.5%。其中，民盟溪原市委会38篇，九三学社溪原市委会29篇，民革溪原市委会21篇，农工党溪原市委会19篇，致公党溪原市委会16篇，民建溪原市委会14篇，市工商联13篇。

（三）界别报送。以界别名义报送96篇。

二、信息评审

评审组由市政协委员和信息联络员代表共18人组成，评出优秀信息20条。
"""


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return KnowledgeBase([document_from_text("xiyuan-notice.txt", _NOTICE)], tmp_path_factory.mktemp("xiyuan"))


@pytest.mark.parametrize("question, expected", [
    ("民革报了多少篇", "21篇"),
    ("民建报了多少篇", "14篇"),
    ("九三学社报了几篇", "29篇"),
    ("市工商联报了几篇", "13篇"),
    ("民主党派和工商联一共报了多少篇", "150篇"),
    ("评审组多少人", "18人"),
])
def test_item_of_a_breakdown(notice, question, expected):
    assert expected in first_line(notice, question)
