"""Where asked by the kind of place (哪个区获评…, 在哪个区): a place of that kind named in the sentence answers
before any other place there (the street or community after it), place_reading.py."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协浠沅市委员会2024年社区养老服务情况通报

一、基本情况

全市共有社区养老服务站212个。芊汀区获评"全省居家养老服务示范县市区",苡塘街道椿龄服务中心被评为省级示范性养老机构。

从区域看,蓼溆区每千名老人养老床位数最高,为42.6张;杪岭县最低,仅为18.3张。

会前,与会人员实地察看了荪湾区蘅洲社区嵌入式养老服务站,听取了运营方的介绍。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    report = SourceDocument("xiyuan-care.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)
    return KnowledgeBase([report], tmp_path_factory.mktemp("xiyuan-care"))


def test_the_district_of_the_award_not_the_street_after_it(kb):
    assert "芊汀区" in first_line(kb, "哪个区获评全省居家养老服务示范县市区")


def test_the_district_ranked_highest(kb):
    assert "蓼溆区" in first_line(kb, "哪个区每千名老人养老床位数最高")


def test_the_district_a_community_is_in(kb):
    assert "荪湾区" in first_line(kb, "会前察看的蘅洲社区养老服务站在哪个区")
