"""A meeting named by what it does and 会, followed by the count asked (交办会一共有多少人参加, 表彰会参加了多少人):
another meeting's figure (协商会…近200人次) does not answer it; its own does.  On a made-up report."""

from __future__ import annotations

from bot.knowledge.documents import document_from_text
from bot.knowledge.named_things import named_thing_doubt
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

from .conftest import first_line

_REPORT = """政协楠川市委员会2020年提案工作情况报告

一、提案交办

会前完成大会期间提案的审查立案工作，3月上旬召开提案交办会；计划举办提案业务培训班2期，培训委员300人次以上。

二、提案办理

坚持把协商贯穿提案办理全过程，全年召开提案办理协商会6场，比上年增加2场，参加的委员、提案者和承办单位负责人近200人次。

12月，召开优秀提案表彰会，参加会议的委员和承办单位代表共120人。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([document_from_text("nanchuan.txt", _REPORT)], tmp_path)


def test_another_meetings_count_is_declined(tmp_path):
    assert _kb(tmp_path).answer("交办会一共有多少人参加").text.startswith("抱歉")


def test_the_meetings_own_count_answers(tmp_path):
    assert "120人" in first_line(_kb(tmp_path), "表彰会一共有多少人参加")


def test_the_meeting_is_read_before_a_count_asked(tmp_path):
    kb = _kb(tmp_path)
    answerer = kb.answerer
    norm = normalize_text("交办会一共有多少人参加")
    q = analyse(norm, norm, answerer.segmenter, answerer.index)
    other = normalize_text("全年召开提案办理协商会6场，参加的委员近200人次。")
    assert named_thing_doubt(q, other, other, answerer.index.contains, answerer.segmenter.lexicon.equivalents) < 1.0
