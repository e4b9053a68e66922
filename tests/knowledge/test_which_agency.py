"""Which agency asked (哪个部门办理的, 转交给了哪些部门, 联合哪个单位): agencies named answer (转交市文旅局、
市自然资源局; 联合市工商联), a part of a sentence speaking only of 相关部门 does not. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澄江市委员会2022年工作报告

一、协商议政

6月，联合市工商联开展"优化营商环境"界别协商，邀请企业代表25人参加，梳理问题9个，已全部转交相关部门办理。

二、提案工作

赵明轩委员提出的"关于加强社区养老服务的提案"，推动市民政局新建养老服务站8个；孙丽委员提出的"关于缓解第三小学周边停车难的提案"，推动相关部门增设停车泊位90个。

三、文史工作

形成《关于加强古城墙保护的建议》，被市政府转交市文旅局、市自然资源局研究办理。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengjiang.txt", _REPORT)], tmp_path_factory.mktemp("chengjiang"))


def test_agencies_named_are_the_departments(kb):
    line = first_line(kb, "古城墙保护的建议转交给了哪些部门")
    assert "市文旅局" in line


def test_some_agency_is_no_agency_named(kb):
    assert not kb.answer("第三小学周边停车难的提案是哪个部门办理的？").answered


def test_the_agency_of_the_other_proposal_is_named(kb):
    assert "市民政局" in first_line(kb, "社区养老服务的提案推动哪个部门新建了养老服务站")


def test_a_peoples_organisation_is_a_unit(kb):
    assert "市工商联" in first_line(kb, "营商环境界别协商是联合哪个单位开展的")
