"""A question naming an event by its day (6月27日那次协商会是谁主持的) is answered only where that day
is told, not where its numbers stand apart (6次 … 27名 in a paragraph about a meeting on another day).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_TEXT = """政协澄湾市委员会2019年工作报告

一、协商议政

8月15日，市政协召开“推进城市更新”专题协商会，市政协主席邵启明主持会议，6位委员作交流发言，27名委员参加协商。

十月九日至十日，市政协组织开展“乡村客运”专题视察，副主席卢秀云带队，走访客运站点12个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("chengwan.txt", _TEXT.split("\n", 1)[0], "2019", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("day-named"))


def test_the_day_told_answers(kb):
    assert "邵启明" in first_line(kb, "8月15日那次专题协商会是谁主持的？")
    assert "卢秀云" in first_line(kb, "10月10日那次视察是谁带队的")


def test_another_day_whose_numbers_stand_apart_is_declined(kb):
    assert not kb.answer("6月27日那次专题协商会是谁主持的？").answered
