"""Which unit a named person belongs to, told by the post written before their name: a unit named as a
委员会 (市发展和改革委员会主任孙立群), asked 是什么单位的 as well as 是哪个单位的, and 领导 asked for whoever
heads it (主任, 局长 …). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协临溪市委员会经济委员会2023年工作总结

一、协商议政

2023年6月12日，围绕“优化县域营商环境”召开界别协商会，市发展和改革委员会主任孙立群到会听取意见并逐一回应，委员们提出建议14条。

9月8日，邀请省社会科学院研究员邵远航作“数字经济与产业升级”专题讲座，委员42人次参加学习。

二、调查研究

围绕“中小企业融资难”开展专题调研，走访企业和金融单位31家，召开座谈会4场，形成调研报告2篇。

围绕“农村物流体系建设”开展视察，深入乡镇和村组实地察看站点18个，提出意见建议9条。

三、提案工作

全年提交提案23件，其中集体提案3件，重点提案2件，承办单位均已办复。

四、自身建设

组织委员参加集中学习6次，开展委员联系群众活动12场，服务群众1300余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linxi.txt", _REPORT)], tmp_path_factory.mktemp("linxi"))


def test_unit_named_as_a_committee(kb):
    assert "市发展和改革委员会" in first_line(kb, "孙立群是哪个单位的")


def test_unit_asked_with_shenme(kb):
    assert "省社会科学院" in first_line(kb, "邵远航是什么单位的")


def test_leader_of_a_unit_is_its_head(kb):
    from types import SimpleNamespace

    shown = "市发展和改革委员会主任孙立群到会听取意见并逐1回应"
    asked = SimpleNamespace(norm="孙立群是哪个单位的领导", names=["孙立群"])
    assert kb.answerer.checks.affiliation_doubt(asked, shown) == 1.0  # 主任 heads the unit: a 领导
    member = SimpleNamespace(norm="孙立群是哪个单位的领导", names=["孙立群"])
    assert kb.answerer.checks.affiliation_doubt(member, "委员孙立群到会听取意见") < 1.0  # no post that heads
