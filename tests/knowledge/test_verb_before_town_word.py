"""A verb or a kind of place written right before 社区 / 乡 / 镇 (新增社区养老中心, 深入社区, 城乡社区治理)
names no town: the answer is not doubted as another town's figure. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.town_names import town_names
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协溆桥区委员会常务委员会工作报告

一、2021年工作回顾

围绕民生改善凝心聚力。2021年，围绕养老服务体系建设开展专题调研，推动全区新增普惠性托育机构15家、社区嵌入式养老服务中心22个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xuqiao-district.txt", _REPORT)], tmp_path_factory.mktemp("xuqiao_district"))


def test_a_verb_before_the_town_word_is_no_town():
    assert town_names("新增社区嵌入式养老服务中心多少个") == []
    assert town_names("委员深入乡镇开展调研") == []
    assert town_names("城乡社区治理") == []
    assert town_names("东湖社区新建了几个") == ["东湖社区"]  # a community's own name stays one


def test_a_count_of_new_community_centres_is_answered(kb):
    assert first_line(kb, "新增社区嵌入式养老服务中心多少个").startswith("答：22个")
