"""Members name a level's bodies the way people talk: 省里 / 市里 / 县里 / 区里 for the province's (city's …)
政协, 党委, government or level (被省里采用了几条 → 被省政协采用9条), 上级 / 上面 for the bodies above
(被市级以上政协采用), 国家 for the national committee, 老百姓 for the report's 群众 / 农户 / 居民
(synonyms.txt).  And the noun of what a body handles,
written right before it (社情民意信息市政协采用率), names no place (frames.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.frames import question_places
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """檀峪县政协2023年工作报告

一、履职工作

全年报送社情民意信息138条，被市级以上政协采用36条，其中被省政协采用9条，被市政协采用26条，被全国政协采用1条。被市政协采用的信息占报送总数的18.8%，市政协采用率居全市前列。

全年组织委员视察调研23次，参与委员540人次。全县委员工作室总数达到14个。

县政协机关被省委、省政府评为“全省模范机关”，县政协办公室被市委评为“先进集体”。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    report = SourceDocument("tanyu.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([report], tmp_path_factory.mktemp("tanyu"))


@pytest.mark.parametrize("question, expected", [
    ("社情民意被省里采用了几条", "9条"),
    ("市里采用了多少条社情民意", "26条"),
    ("被国家采用了几条", "1条"),
    ("社情民意被上级采用多少条", "36条"),
    ("上面采用了多少条信息", "36条"),
    ("县里有几个委员工作室", "14个"),
])
def test_a_level_named_as_people_talk_is_its_bodies(kb, question, expected):
    assert expected in first_line(kb, question)


def test_the_province_named_as_people_talk_finds_its_award(kb):
    assert "全省模范机关" in first_line(kb, "县政协机关被省里评为什么")


def test_a_handled_things_noun_before_the_body_names_no_place(kb):
    assert question_places("社情民意信息市政协采用率是多少?", set()) == set()
    assert question_places("提案县政协立案了几件", set()) == set()
    assert "18.8%" in first_line(kb, "社情民意信息市政协采用率是多少")


_SURVEY = """檀峪县政协2023年民主监督工作总结

一、民主监督

围绕农村饮水安全开展专项民主监督，组织委员深入8个乡镇、26个村实地察看农村供水工程21处，发放问卷1200份。问卷结果显示，受访农户对农村饮水安全的总体满意度为88.4%，比上年提高3.1个百分点；反映最集中的问题是水压不稳和停水通知不及时。监督组向县水利局反馈意见建议14条。

二、营商环境

开展营商环境评议，企业对政务服务的满意度为92.6%。
"""


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    report = SourceDocument("tanyu-survey.txt", _SURVEY.split("\n", 1)[0], "2023", _SURVEY)
    return KnowledgeBase([report], tmp_path_factory.mktemp("tanyu-survey"))


@pytest.mark.parametrize("question", ["老百姓对农村饮水满意度多少", "老百姓满意度是多少"])
def test_the_people_as_members_name_them_are_the_reports_farmers(survey, question):
    assert "88.4%" in first_line(survey, question)
