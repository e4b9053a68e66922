"""Four readings a committee's year summary needs, on a report of our own:

- an item a semicolon closes tells of its own subject (侨资项目3个，协议投资2.4亿元；港资项目2个，协议投资1.7亿元):
  the word of the next item, however near the amount, names another's (reading.py, _closeness), and a total
  asked (协议投资总额) is none of the items' amounts (item_amounts.py);
- a merged amount (接待来访团组9批146人次) is written in the measure word asked (几批) as surely as a plain one
  (named_measure.py);
- a day asked (几号, 哪天) is told by the date with its day, not by a month label opening the line
  (3月　举办…茶话会（3月12日）) (dated_next.py);
- surnames 甘 and 郦 open names (甘丽萍, 郦志成) (people.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """柘溪县政协外事委员会2023年工作总结

（2023年12月12日在县政协主席会议上）

一、基本情况

委员会现有组成人员21名。主任由方启明同志担任；副主任3名，分别为专职副主任罗志恒，兼职副主任甘丽萍（澳门柘溪同乡会会长）、郦志成（县侨联主席）。

二、2023年主要工作

全年引荐项目9个，其中签约落地6个，协议投资总额4.55亿元。签约项目中，侨资项目3个，协议投资2.4亿元；港资项目2个，协议投资1.7亿元；澳资项目1个，协议投资4500万元。

全年协助接待来访团组9批146人次，比上年增加2批，其中海外侨团4批63人次。

全年主要联谊活动如下：

3月　举办“乡音茶话·情系桑梓”春季联谊茶话会（3月12日），海外侨胞80余人参加；
6月　举办侨界青年座谈会（6月20日），青年侨胞35人参加。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("zhexi.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("zhexi"))


def test_an_item_closed_by_a_semicolon_tells_its_own_subject(kb):
    assert "1.7亿元" in first_line(kb, "港资项目协议投资多少")
    assert "4500万元" in first_line(kb, "澳资项目协议投资多少钱")
    assert "2.4亿元" in first_line(kb, "侨资项目协议投资多少")


def test_a_total_asked_is_not_one_items_amount(kb):
    # 总额 asked: the items of the semicolon list each tell their own part (item_amounts.py).
    assert "4.55亿元" in first_line(kb, "今年签约项目协议投资总额是多少")


def test_a_merged_amount_answers_its_first_measure_word(kb):
    assert "9批" in first_line(kb, "今年协助接待来访团组多少批")
    assert "增加2批" in first_line(kb, "来访团组比上年多几批")


def test_a_day_asked_is_told_by_the_date_with_its_day(kb):
    assert "3月12日" in first_line(kb, "乡音茶话是几号办的")


def test_rarer_surnames_open_names(kb):
    assert "澳门柘溪同乡会会长" in first_line(kb, "甘丽萍担任什么职务")
    assert "县侨联主席" in first_line(kb, "郦志成担任什么职务")
