"""A locality asked (东桥街道…投了多少钱, 杨柳村…收入多少): a sentence about what another one did (花溪镇投入
资金260万元) does not answer it, and the one naming the asked locality comes first. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协凤鸣区委员会2022年工作报告

一、基层协商

东桥街道"议事会"协商推动的"老旧电梯更新"项目被评为全市优秀案例。花溪镇"议事会"就污水管网改造开展协商，推动镇政府投入资金260万元完成改造。

二、结对帮扶

区政协机关结对帮扶杨柳村，村集体经济收入达到15.2万元。石桥村集体经济收入达到22万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengming.txt", _REPORT)], tmp_path_factory.mktemp("fengming"))


def test_another_localitys_amount_is_declined(kb):
    assert not kb.answer("东桥街道老旧电梯更新投了多少钱？").answered


def test_the_localitys_own_amount(kb):
    assert first_line(kb, "花溪镇污水管网改造投入了多少资金").startswith("答：260万元")


def test_the_village_asked_comes_first(kb):
    assert first_line(kb, "杨柳村村集体经济收入达到多少").startswith("答：15.2万元")
