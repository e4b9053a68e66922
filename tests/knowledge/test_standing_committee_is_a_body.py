"""Items asked (定点帮扶哪几个村) are listed by a sentence whose first clause names the standing committee
(常委会成立…工作组，县政协机关定点帮扶A村、B村2个村): 常委会 is a body acting, like 委员会 or 协会, not
a meeting whose own items those would be; one of its sittings (常委会第3次会议) is still a meeting.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.items import lists_asked_items
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

from .conftest import first_line

_REPORT = """政协澴水县委员会常务委员会工作报告

（二〇二三年一月十二日在政协澴水县第九届委员会第二次会议上）

一、2022年工作回顾

乡村振兴是全县中心任务。常委会成立由主席任组长的乡村振兴工作组，县政协机关定点帮扶桦坪乡枣林村、鹿鸣村2个村。全年班子成员深入帮扶村走访调研60余人次，机关干部与85户农户结对帮扶，协调落实帮扶资金42万元，实施村组道路硬化、安全饮水、庭院改造等项目6个。2022年，2个帮扶村共有41户实现增收，枣林村、鹿鸣村村集体经济收入均超过10万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("huanshui-body.txt", _REPORT)], tmp_path_factory.mktemp("huanshui-body"))


def test_villages_listed_after_the_standing_committee_acts(kb):
    line = first_line(kb, "县政协机关定点帮扶哪几个村")
    assert "枣林村" in line and "鹿鸣村" in line


def test_a_numbered_sitting_of_the_standing_committee_is_a_meeting(kb):
    answerer = kb.answerer
    q = analyse("调研组走访了哪几个村", "调研组走访了哪几个村", answerer.segmenter, answerer.index)
    sitting = "县政协常委会第3次会议听取调研组走访桦坪乡枣林村、鹿鸣村、石门村的情况汇报。"
    acting = "常委会组织调研组走访桦坪乡枣林村、鹿鸣村、石门村。"
    assert lists_asked_items(q, acting) and not lists_asked_items(q, sitting)
