"""镇街 (towns and streets together) and a time before the town word (到今年底乡镇…, 年初镇街…) name no town:
a question asking a count of 镇街级议事室 by the year's end is not doubted as another town's. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.town_names import town_names

from .conftest import first_line

_REPORT = """政协汀蒲县委员会2024年委员议事室工作总结

（2025年1月8日政协汀蒲县第七届委员会常务委员会第十次会议通过）

一、全年工作情况

截至2024年12月底，全县共建成委员议事室21个，其中镇街级议事室16个，设在蒿埠镇的议事室全年活动最多。

二、2025年工作打算

力争到2025年底，全县镇街级议事室达到24个，实现镇（街道）全覆盖；每个议事室全年活动不少于6场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tingpu-county.txt", _REPORT)], tmp_path_factory.mktemp("tingpu_county"))


def test_towns_and_streets_together_and_a_time_name_no_town():
    assert town_names("到今年底镇街级议事室要达到几个") == []
    assert town_names("全县重点镇街有几个") == []
    assert town_names("年初乡镇政协工作联络组") == []
    assert town_names("蒿埠镇的议事室") == ["蒿埠镇"]  # a town's own name stays one


def test_a_count_by_the_years_end_is_answered(kb):
    assert first_line(kb, "到今年底镇街级议事室要达到几个").startswith("答：24个")
