"""A deed and the measure asked of it (报送目标是多少篇, 报送任务多少篇): 目标 is not what was reported, so a
sentence telling the deed done to something (力争全年报送社情民意信息280篇以上) answers it. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岭北市委员会2021年工作报告

一、反映社情民意

全年共收到社情民意信息236篇。

二、2022年工作安排

力争全年报送社情民意信息280篇以上，被省级以上采用30篇以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lingbei.txt", _REPORT)], tmp_path_factory.mktemp("lingbei"))


def test_the_target_of_the_deed(kb):
    assert first_line(kb, "今年社情民意信息的报送目标是多少篇？").startswith("答：280篇")
