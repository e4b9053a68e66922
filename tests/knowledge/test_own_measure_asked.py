"""A question asking 几期 (issues, rounds) or 多少分 (a score's points) is answered only by an amount in that
measure word: 期 shares a synonym class with 篇 and 项, and a sentence telling 心得23篇 or 47个承办单位 near the
question's words tells no issue count and no score.  On sentences of our own."""

from __future__ import annotations

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NO_ISSUES = """政协石枫县委员会2015年工作总结

一、学习培训

5月，县政协举办“书香石枫”读书交流活动，为期两天，参加委员41名，委员交流读书心得23篇。

11月，县政协召开提案办理满意度测评会，组织委员对47个承办单位的办理工作进行测评，评为满意的承办单位44个。
"""

_ISSUES = _NO_ISSUES.replace("委员交流读书心得23篇", "全年开展读书交流活动7期，委员交流读书心得23篇").replace(
    "评为满意的承办单位44个", "测评平均得分93.5分")


def test_a_count_of_another_measure_answers_no_issues_or_score(tmp_path):
    kb = KnowledgeBase([document_from_text("shifeng.txt", _NO_ISSUES)], tmp_path)
    assert not kb.answer("读书交流活动开展了几期").answered
    assert not kb.answer("承办单位满意度测评得了多少分").answered


def test_the_amount_in_the_measure_asked_answers(tmp_path):
    kb = KnowledgeBase([document_from_text("shifeng.txt", _ISSUES)], tmp_path)
    assert "7期" in first_line(kb, "读书交流活动开展了几期")
    assert "93.5分" in first_line(kb, "承办单位满意度测评得了多少分")
    assert "23篇" in first_line(kb, "委员交流读书心得多少篇")
