"""A report in parts (第一部分 2024年工作总结 / 第二部分 2025年工作要点) numbers its headings afresh in
each part: 四、提案工作 under the plan part tells plans of 2025, though neither that heading nor its
sentences (遴选重点提案6件左右, 5月视察…) say so. The part heading governs the headings below it."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import split_passages
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协柘岩县委员会2024年工作总结和2025年工作要点

（2024年12月27日政协柘岩县第九届委员会常务委员会第十一次会议审议通过）

第一部分　2024年工作总结

四、提案工作

全年共立案提案176件，遴选重点提案9件，由县领导领衔督办5件，委员对办理结果的满意率为95.1%。

五、视察工作

年初，县委常委会审定年度协商工作计划，确定协商议题12项，全年均已完成。

全年组织视察调研33次，其中6月视察了县城污水管网改造情况，发现问题11个。

第二部分　2025年工作要点

四、提案工作

遴选重点提案6件左右，由县领导领衔督办。开展重点提案办理“回头看”。

五、视察工作

5月视察乡村学校建设情况；8月视察农村公路养护情况。年度协商工作计划报县委审定后实施，计划确定协商议题13项。
"""


@pytest.fixture(scope="module")
def document():
    return SourceDocument("zheyan-plan.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)


@pytest.fixture(scope="module")
def kb(document, tmp_path_factory):
    return KnowledgeBase([document], tmp_path_factory.mktemp("zheyan-plan"))


def test_a_heading_is_read_under_its_part(document):
    sections = {p.paragraph[:6]: p.section for p in split_passages(document)}
    assert sections["遴选重点提案"[:6]].startswith("第二部分")
    assert sections["5月视察乡村"].startswith("第二部分")
    assert sections["全年共立案提"].startswith("第一部分")
    assert sections["全年共立案提"].endswith("四、提案工作")


def test_the_results_part_answers_what_was_done(kb):
    line = first_line(kb, "重点提案遴选了几件")
    assert line.startswith("答：9件") and "2024年" in line, line


def test_the_plan_part_answers_what_is_planned(kb):
    line = first_line(kb, "明年打算遴选多少件重点提案")
    assert "6件" in line and "2025年" in line, line
    assert "5月" in first_line(kb, "乡村学校建设视察安排在几月")


def test_an_outcome_of_a_planned_visit_is_not_told(kb):
    assert not kb.answer("乡村学校建设视察发现了哪些问题").answered


def test_what_a_planned_visit_found_is_not_told(kb):
    # 了 before 哪些 / 什么 asks an outcome, as 了几 / 了多少 do; the plan part tells only the month.
    assert not kb.answer("农村公路养护视察发现了哪些问题").answered
    assert not kb.answer("乡村学校建设视察提出了什么建议").answered
    assert "8月" in first_line(kb, "农村公路养护视察安排在几月")


def test_the_day_and_meeting_a_plan_was_passed_at(kb):
    # The dateline of a summary and plan passed at a meeting (…第11次会议审议通过), asked of its 要点.
    assert "2024年12月27日" in first_line(kb, "这份工作要点是哪天通过的")
    line = first_line(kb, "工作要点是哪次会议通过的")
    assert "常务委员会第11次会议" in line or "常务委员会第十一次会议" in line, line


def test_a_plan_named_as_the_subject_of_a_deed_done_asks_no_plan(kb):
    # 今年的协商工作计划确定了几项: the year's plan (a document) did something; 今年 of a December report is its year.
    assert first_line(kb, "今年的协商工作计划确定了几项协商议题").startswith("答：12项")
    assert first_line(kb, "明年计划确定几项协商议题").startswith("答：13项")
