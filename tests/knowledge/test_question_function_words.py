"""Words of asking that are no subject: 哪条/哪件/哪项 (which one), 是从 (copula and from), 会上 (at the
meeting) must not weigh as unknown terms that no sentence holds; and a year written inside the name of
a plan something was put into (被…列入了2024年工作计划) names that plan, it does not ask for next year's
plans. Which members spoke (哪几位委员作的发言) asks the members, so a sentence counting them (推荐4名委员作发言)
is no answer, nor is a meeting of another day than the one asked. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岚州市政协工商联界别2023年工作总结

一、协商议政

5月18日，市政协召开"优化营商环境"专题协商会，界别推荐4名委员作发言，提出意见建议17条。

10月9日，界别在西坡县召开"民营企业融资"界别协商会，委员们提出建议12条。会后，界别将协商意见报送市政府，其中"设立小微企业转贷资金池"的建议已被市地方金融监管局列入2024年工作计划。

二、服务发展

6月至9月，我市遭遇持续高温干旱，界别动员委员企业捐赠物资折合18万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanzhou.txt", _REPORT)], tmp_path_factory.mktemp("lanzhou"))


def test_at_the_meeting_is_no_term(kb):
    assert first_line(kb, "专题协商会上界别推荐了几名委员发言？").startswith("答：4名")


def test_from_which_month_is_no_term(kb):
    assert "6月至9月" in first_line(kb, "去年高温干旱是从几月到几月？")


def test_which_one_put_into_a_named_plan_is_no_plan_asked(kb):
    assert "转贷资金池" in first_line(kb, "界别协商会的哪条建议被市地方金融监管局列入了2024年工作计划？")


def test_which_members_asked_and_only_counted_is_declined(kb):
    assert not kb.answer("5月18日专题协商会上界别是哪几位委员作的发言？").answered


def test_a_meeting_of_another_day_is_no_answer(kb):
    assert not kb.answer("7月3日专题协商会上界别提出了多少条意见建议？").answered
    assert first_line(kb, "5月18日专题协商会上界别提出了多少条意见建议？").startswith("答：17条")
