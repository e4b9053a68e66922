"""A share asked of a deed (立案的比例, 采纳的百分比, 满意的占比) is told by that deed's rate (立案率92.7%):
members say 比例 / 占比, reports write …率 (rate_asked.py).  A share of a thing (集体提案占比) keeps its
own figure (占立案总数的18.0%), and a count of people asked (多少人) is told in 人次 when the report counts
no plain 人 of it, shown with its own unit."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """沅杉县政协2021年提案工作情况报告

一、提案提交和立案情况

全年共收到提案246件，经审查立案228件，立案率92.7%。全县198名委员中有171名提交了提案，委员参与率达86.4%。集体提案41件，占立案总数的18.0%。

二、提案办理情况

228件立案提案已全部办复，办复率100%。从答复类别看，所提问题已经解决或者建议已被采纳的（A类）150件，占65.8%。所提建议被采纳或部分采纳的193件，采纳率84.6%。提案者对办理结果满意和基本满意的220件，满意率96.5%。

三、联系群众

全年举办委员履职培训班3期，培训委员86名、累计260人次。委员工作室开展“委员接待日”活动42场，接待群众680人次。组织委员参加读书活动，参与委员达1200人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    report = SourceDocument("yuanshan.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([report], tmp_path_factory.mktemp("yuanshan"))


@pytest.mark.parametrize("question, expected", [
    ("立案的比例是多少", "92.7%"),
    ("提案立案比例有多高", "92.7%"),
    ("建议被采纳的比例", "84.6%"),
    ("采纳的百分比是多少", "84.6%"),
    ("提案者满意的占比", "96.5%"),
    ("办复的比例", "100%"),
    ("提交提案的委员占比多少", "86.4%"),
    ("集体提案占比多少", "18.0%"),
    ("已经解决或采纳的占比多少", "65.8%"),  # deeds joined: that set's share, not the 采纳率
])
def test_a_share_asked_is_told_by_the_rate(kb, question, expected):
    assert expected in first_line(kb, question)


@pytest.mark.parametrize("question, expected", [
    ("接待日接待了多少人", "680人次"),
    ("读书活动参与了多少人", "1200人次"),
    ("培训班培训了多少人", "86名"),  # a plain count of the people beside their 人次: the people
])
def test_people_asked_are_told_in_person_times_when_no_head_count_is_given(kb, question, expected):
    assert expected in first_line(kb, question)
