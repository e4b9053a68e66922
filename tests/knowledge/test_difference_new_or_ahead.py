"""比上年新增96家 and 比上年前进4位 are differences as much as 比上年增加19件: asked how much more than the
year before, the difference answers, not the year's own level."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协梅溪区委员会农业农村委员会2019年工作总结

一、调查研究

全区现有农民专业合作社530家；家庭农场412家，比上年新增87家。

二、信息工作

区政协信息工作在全市综合排名第2位，比上年前进3位。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("meixi.txt", _REPORT)], tmp_path_factory.mktemp("meixi"))


def test_newly_added_is_a_difference(kb):
    assert "87家" in first_line(kb, "家庭农场比去年新增了多少家")


def test_moved_ahead_is_a_difference(kb):
    assert first_line(kb, "信息工作排名比上年前进了几位").startswith("答：3位")
