"""第几 at the end of a question (排第几, 排名第几) asks a rank, told with 名 or 位 (位列第二名, 排在第4位),
not an amount; a rank the report never tells is declined."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协临溪市第九届委员会常务委员会工作报告

——2020年1月9日在政协临溪市第九届委员会第四次会议上

一、2019年主要工作

提高信息工作质量。全年报送社情民意信息210篇，被省政协采用36篇，在全省市级政协信息工作考评中位列第二名。
市政协网站访问量在全省政协系统网站评比中排在第4位。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("linxi-2019.txt", _REPORT.split("\n", 1)[0], "2019", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("linxi"))


def test_a_rank_is_answered_by_its_ordinal(kb):
    assert first_line(kb, "信息工作在全省考评中排第几？").startswith("答：第二名")
    assert first_line(kb, "市政协网站在全省评比中排名第几").startswith("答：第4位")


def test_an_untold_rank_is_declined(kb):
    assert not kb.answer("提案工作在全省考评中排第几？").answered
