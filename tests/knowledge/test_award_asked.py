"""Declined by reason: a prize asked by its grade (一等奖) that the answer's sentence does not name, or an amount
of another clause than the prize's (the articles one member wrote, then one of them prized). Who won it is
still answered. Sentences and a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.award_asked import award_untold
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协蒿洲市委员会2022年委员读书活动总结

一、主要工作

全年委员共撰写读书心得860篇，评选优秀读书心得40篇，汇编成册印发全体委员。

全年共形成研修报告5篇、提案38件，其中“关于完善流域生态补偿的建议”获得市委主要领导批示。

通报表彰“学习型委员”25名。其中，来自教育界的委员甄望舟撰写读书心得和履职体会文章9篇，他的《乡村教师队伍建设的思考》被评为优秀读书心得一等奖。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("haozhou-reading.txt", _REPORT)], tmp_path_factory.mktemp("haozhou-reading"))


def test_the_prize_must_be_told_in_the_amount_s_clause():
    told = '委员甄望舟撰写读书心得和履职体会文章9篇,他的"乡村教师队伍建设的思考"被评为优秀读书心得一等奖。'
    assert award_untold("优秀读书心得一等奖一共几篇", "number", "9篇", told)
    assert not award_untold("优秀读书心得一等奖一共几篇", "number", "5篇", "评选优秀读书心得40篇,其中一等奖5篇。")
    assert award_untold("研修报告哪一篇得了一等奖", "what", "", '全年共形成研修报告5篇,其中"关于…的建议"获得批示。')


def test_the_report_declines_the_prizes_it_does_not_count_and_tells_who_won(kb):
    assert not kb.answer("优秀读书心得一等奖一共几篇").answered
    assert not kb.answer("研修报告哪一篇得了一等奖").answered
    assert "甄望舟" in first_line(kb, "谁的读书心得被评为一等奖")
