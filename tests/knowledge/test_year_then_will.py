"""A time ahead and 将 (今年将新建…, 下一步将…) tells a plan: a figure of that sentence (到年底…达到80%) is a target;
asked plainly (签约率是多少), the level told as reached answers; asked the target, the plan's.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import is_plan
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协蒹塘市委员会“推进家庭医生签约服务”专题协商会纪要

2025年6月12日

一、委员发言

市政协委员发言说，全市老年人家庭医生签约率仅为52.4%，履约质量不高。

二、政府部门回应

市卫健委主任表示，今年将新建社区卫生服务站15个；到2025年底，老年人家庭医生签约率达到75%；会同医保部门完善签约服务付费机制。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("jiantang.txt", _REPORT)], tmp_path_factory.mktemp("jiantang"))


@pytest.mark.parametrize("question, expected", [
    ("老年人家庭医生签约率是多少", "答：52.4%"),
    ("到今年年底老年人家庭医生签约率要达到多少", "答：75%"),
])
def test_reached_and_target(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


def test_a_time_ahead_and_will_plan():
    assert is_plan("", "今年将新建社区卫生服务站15个", 2025)
    assert is_plan("", "下一步还将开展专项整治", 2025)
    assert not is_plan("", "将社区卫生服务站纳入考核", 2025)
