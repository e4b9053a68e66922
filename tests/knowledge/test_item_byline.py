"""A listed piece's sender, writer, prize and title, read from its byline: 《关于…的建议》（某某） under a prize
heading, 《…的反映》（某界，执笔：某某）, or 某某委员报送的《…》 in a sentence.  A member names the piece by a few
words of its title, or its sender by name or by surname and post.  On a bulletin of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_BULLETIN = """政协枫桥市委员会办公室关于2023年度社情民意信息工作情况的通报

一、典型事例

（一）柯望舒委员报送的《关于社区食堂运营补贴标准偏低的建议》被省政协采用，获市长批示。

（二）致公党枫桥市委会报送的《关于规范校外托管机构消防安全的建议》被全国政协采用。

二、通报表扬

（一）2023年度优秀社情民意信息（共4条）

一等奖（2条）：
1.《关于社区食堂运营补贴标准偏低的建议》（柯望舒）
2.《关于乡村寄递物流快递下乡成本偏高的反映》（交通运输界，执笔：黎子衿）

二等奖（2条）：
1.《关于城郊公交线路夜间停运过早的反映》（闻若谷）
2.《关于规范校外托管机构消防安全的建议》（致公党枫桥市委会）

（二）社情民意信息工作先进个人（3名）

柯望舒（教育界，枫桥职业技术学院副院长）
闻若谷（经济界，枫桥港务集团总经理）
黎子衿（交通运输界，市公路事业发展中心主任）

政协枫桥市委员会办公室
2024年2月5日
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengqiao.txt", _BULLETIN)], tmp_path_factory.mktemp("byline"))


@pytest.mark.parametrize("question, expected", [
    ("社区食堂补贴那条是谁报的", "答：柯望舒"),
    ("托管机构消防那条信息是谁报的", "答：致公党枫桥市委会"),
    ("快递下乡那条是谁执笔的", "答：黎子衿"),  # 快递, a word off the committee's work, is the title's here
    ("快递下乡那条是谁报的", "答：交通运输界"),
])
def test_the_sender_or_writer_of_a_piece_named_by_its_words(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


@pytest.mark.parametrize("question, expected", [
    ("闻若谷那条公交的信息得了几等奖", "答：二等奖"),
    ("柯副院长报的信息得了几等奖", "答：一等奖"),  # surname and post, the post in the roster's brackets
])
def test_the_prize_a_piece_stands_under(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


def test_the_title_of_a_senders_piece_as_written(kb):
    assert "《关于城郊公交线路夜间停运过早的反映》" in first_line(kb, "闻若谷报的是啥内容的信息")


def test_a_writer_asked_where_the_byline_names_none_is_not_the_sender(kb):
    answer = kb.answer("托管机构消防那条是谁执笔的")
    assert not answer.answered or not answer.text.startswith("答：致公党枫桥市委会")


def test_a_piece_no_title_fits_is_not_guessed(kb):
    answer = kb.answer("垃圾分类那条是谁报的")
    assert not answer.answered or "柯望舒" not in answer.text.split("\n", 1)[0]


def test_a_phrase_quoted_from_a_report_is_no_piece(tmp_path):
    """调研报告提出的"…"等建议 quotes a suggestion, not a piece's title; nor is 调研报告 its sender."""
    from bot.knowledge.answer import Answerer
    from bot.knowledge.item_byline import _pieces

    text = _BULLETIN.replace("二、通报表扬", "专题调研报告提出的“建设社区书屋流动站”等建议被市委采纳。"
                             "委员反映的《关于加强河道保洁的建议》推动出台了整改措施。"
                             "副市长领衔督办程晓棠委员提出的《关于完善社区嵌入式养老的建议》。\n\n二、通报表扬")
    kb = KnowledgeBase([document_from_text("fengqiao.txt", text)], tmp_path)
    answerer = next(v for v in vars(kb).values() if isinstance(v, Answerer))
    pieces = _pieces(answerer.index)
    # 委员反映的 names no one; 领衔督办程晓棠委员提出的 names 程晓棠, not the words before
    assert {x.sender for x in pieces} == {"柯望舒", "致公党枫桥市委会", "交通运输界", "闻若谷", "程晓棠"}
    assert not any("流动站" in x.title for x in pieces)
