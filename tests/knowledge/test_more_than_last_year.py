"""How much more or fewer asked with 多 / 少 alone (提案比上年多了多少件, 比去年少了几个): reports write the
change as 增加 / 减少, so the difference told so answers; a thing counted with no change told is declined.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

from .conftest import first_line

_REPORT = """政协澹溪区委员会关于提案工作情况的报告

——2025年1月9日在政协澹溪区第五届委员会第四次会议上

一、提案提交情况

2024年，区政协共收到委员和各参加单位提交的提案243件，比上年的221件增加22件，增长10.0%。

二、提案办理情况

提案交办会于3月5日召开，提案全部交由39家承办单位办理。提案办结率为100%，提案者对办理结果的满意率为97.1%。重点提案12件由区领导领衔督办，提案办理协商会开了6场。区政协还编印提案工作手册，举办提案培训班2期，评选优秀提案15件。

三、办理成效

全区新建社区书屋17家，比上年增加5家；撤并低效村级服务站6个，服务站总数比上年减少6个。全区建成委员工作室9个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("danxi.txt", _REPORT)], tmp_path_factory.mktemp("danxi"))


@pytest.mark.parametrize("question, amount", [("提案比上年多了多少件", "22件"), ("提案比上年多多少件", "22件"),
                                              ("社区书屋比上年多了几家", "5家"), ("服务站比上年少了几个", "6个")])
def test_the_difference_answers(kb, question, amount):
    assert amount in first_line(kb, question)


def test_a_count_with_no_change_told_is_declined(kb):
    assert not kb.answer("委员工作室比上年多了几个").answered




@pytest.mark.parametrize("question, word", [("提案比上年多了多少件", "增加"), ("服务站比去年少了几个", "减少")])
def test_more_or_fewer_asks_the_change_reports_write(kb, question, word):
    analysis = analyse(question, question, kb.answerer.segmenter, kb.answerer.index)
    assert any(word in term.equivalents for term in analysis.terms)
