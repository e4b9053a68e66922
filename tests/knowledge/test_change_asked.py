"""How much a figure changed from the year before (比上年涨了百分之多少, 比上年多收了几件, 提高了几个百分点): the
change the sentence states, not the old level written after 比上年的 nor the new one; asked plainly for the year
before (上年采纳率是多少), that level. Members' verbs of change (涨, 多收) are the documents' (增长, 收到). On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, load_document

from .conftest import first_line

_REPORT = """关于政协柏溪县第六届委员会第二次会议以来提案工作情况的报告

——二〇一九年一月十日在政协柏溪县第六届委员会第三次会议上

一、提案提交情况

六届一次会议以来，县政协共收到委员和各参加单位提交的提案174件，比上年的158件增加16件，增长10.1%。

二、提案办理情况

提案采纳率为88.4%，比上年的85.1%提高3.3个百分点。办理协商会开展7场，比上年多2场。

三、重点提案督办情况

经县政协主席会议审定，确定重点提案9件，由县领导领衔督办。县政协主席会议成员深入承办单位开展督办调研15次，推动解决了一批群众关心的实际问题。

四、宣传和表彰

联合县融媒体中心播发提案办理报道18篇，编发《提案工作简报》9期。县政协常委会议审议通过表彰决定，表彰优秀提案16件、提案办理先进单位8家。

五、今年工作安排

今年将进一步完善提案审查、交办、督办、评价各环节工作制度，推动提案办理由重答复向重落实转变。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("baixi-text") / "baixi-proposals.txt"
    path.write_text(_REPORT, encoding="utf-8")
    return KnowledgeBase([load_document(path)], tmp_path_factory.mktemp("baixi-proposals"))


def test_the_change_stated_answers(kb):
    assert "10.1%" in first_line(kb, "收到的提案比上年涨了百分之多少？")
    assert "16件" in first_line(kb, "比上年多收了几件提案")
    assert "3.3个百分点" in first_line(kb, "采纳率比上年提高了几个百分点")


def test_the_levels_are_still_told(kb):
    assert "85.1%" in first_line(kb, "上年采纳率是多少")
    assert "88.4%" in first_line(kb, "采纳率是多少")
