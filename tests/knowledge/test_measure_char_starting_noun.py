"""台 of 多少台湾茶商 and 本 of 多少本地农产品 start the noun asked, they are no measure word (台, 本): the count
asked is of the people or goods, told in 人 or 万元."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协峰口县委员会2019年工作报告

一、对外交流

在云岭乡举办"两岸茶文化交流会"，邀请台湾茶商、茶人37人参加，签订合作意向协议4项。

二、助农增收

委员创办的"峰口好物"电商平台全年销售本地农产品1420万元，带动农户800余户。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengkou.txt", _REPORT)], tmp_path_factory.mktemp("fengkou"))


def test_taiwan_is_no_measure_word(kb):
    assert "37人" in first_line(kb, "来了多少台湾茶商茶人")


def test_local_is_no_measure_word(kb):
    assert "1420万元" in first_line(kb, "峰口好物全年卖了多少本地农产品")
