"""Where a trip or an activity went (去了哪些县区, 在哪些县设): the places after the verb of going
(赴某区、某县调研), not a word of the countryside at large that ends like a place (二是围绕农村…), nor a
count of what was set up there (工作站2个) when the places are written out. A county asked (去了哪个县)
and only 县(区) spoken of in general is declined. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澄江市政协科技界别2022年工作总结和2023年工作打算

一、2022年工作回顾

一是围绕农村数字化开展调研。6月上旬，副召集人冯雅琳带队赴东坪区、石渠县调研农村数字化服务情况，考察镇村服务网点9个，形成调研报告1篇。

二是监督乡村科普设施建设。9月，界别组织委员分组赴西湾区、桐岭县、石渠县，对乡村科普馆建设开展跟踪监督，抽查科普馆18个。

二、2023年工作打算

计划开展送科技下乡活动30场；拟在桐岭县、石渠县新设委员工作站2个。计划5月开展科技特派员工作专题视察，继续在县(区)召开界别协商会。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengjiang.txt", _REPORT)], tmp_path_factory.mktemp("chengjiang"))


def test_the_places_the_trip_went_to_answer(kb):
    line = first_line(kb, "农村数字化调研去了哪些地方？")
    assert "东坪区" in line and "石渠县" in line


def test_the_places_after_a_general_heading_answer(kb):
    line = first_line(kb, "乡村科普设施跟踪监督去了哪些县区？")
    assert "西湾区" in line and "桐岭县" in line


def test_planned_places_listed_answer_not_the_count(kb):
    line = first_line(kb, "今年计划在哪些县新设委员工作站？")
    assert "桐岭县" in line and "石渠县" in line


def test_no_county_named_for_the_trip_is_declined(kb):
    assert not kb.answer("2023年科技特派员专题视察去了哪个县？").answered
