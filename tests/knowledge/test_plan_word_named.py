"""A plan word that asks no plan: which plan something was put into (列进了哪个计划: a plan document's name,
quoted in the sentence) and what a recommendation sets (建议在哪儿试点: the sentence telling the recommendation)
are read in sentences telling no plan of their own (wording.plan_word_as_told)."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.wording import plan_word_as_told

from .conftest import first_line

_MINUTES = """政协浠沅市委员会"加快发展社区养老服务"专题协商会纪要

一、会议背景

在此基础上,市委将"加快发展社区养老服务"列入《市政协2024年度重点协商计划》,确定以专题协商会形式开展协商。

二、委员发言

会后,市政协社会和法制委员会牵头,将会议形成的意见建议整理成《关于加快发展我市社区养老服务的建议》报送市委、市政府。

市政协各专门委员会要把会议形成的意见建议梳理汇总,形成协商成果报送市委、市政府;年底组织委员开展"回头看"。

市政协委员庹明川说,社区食堂覆盖面不够。他建议,在芊汀区试点建设街道综合养老服务中心,由街道提供场地、企业运营;在"颐养通"平台上线助餐预约功能,绘制全市"助餐地图"。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    minutes = SourceDocument("xiyuan-minutes.txt", _MINUTES.split("\n", 1)[0], "2024", _MINUTES)
    return KnowledgeBase([minutes], tmp_path_factory.mktemp("xiyuan-minutes"))


def test_which_plan_is_the_quoted_plan(kb):
    assert "重点协商计划" in first_line(kb, "养老这个协商题目被列进了哪个计划")


def test_what_a_recommendation_sets_is_the_recommendation_told(kb):
    assert "芊汀区" in first_line(kb, "街道综合养老服务中心建议在哪儿试点")
    assert "助餐地图" in first_line(kb, "庹明川建议在平台上绘制什么")


def test_the_plan_word_read_as_told():
    assert plan_word_as_told("列进了哪个计划", '市委将"某事"列入"2024年度重点协商计划"')
    assert not plan_word_as_told("列进了哪个计划", "今年计划召开协商会5次")
    assert plan_word_as_told("建议在哪儿试点", "他建议,在某区试点建设中心")
    assert not plan_word_as_told("建议在哪儿试点", "在某区试点建设中心")


def test_a_document_asked_is_titled_as_a_writing(kb):
    """报送的文件叫什么: a generic document's name is a writing's title (关于…的建议), titles.DOCUMENTS."""
    assert "关于加快发展我市社区养老服务的建议" in first_line(kb, "协商建议报送市委市政府的文件叫什么")
