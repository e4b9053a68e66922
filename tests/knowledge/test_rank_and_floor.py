"""A rank told after a verb of ranking with no measure word (位列第二, 排名全省第4) answers 排第几; a floor (三楼,
6层) answers 几楼, never a count of floors (5层楼). On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.measures import ordinals_of
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """桐溪县政协2022年工作回顾

2022年，县政协共报送社情民意信息146条，被市政协采用31条，采用数量在全市各县区政协中位列第二。

县政协在机关三楼开设“委员之家”，配备图书2000余册，全年接待委员来访160余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tongxi.txt", _REPORT)], tmp_path_factory.mktemp("tongxi"))


@pytest.mark.parametrize("sentence, unit, told", [
    ("采用数量位列第二。", "", ["第二"]),
    ("综合考评排名全省第4,", "", ["第4"]),
    ("位列第3名", "", ["第3名"]),
    ("全市第一个", "", []),
    ("活动室设在机关三楼", "楼", ["三楼"]),
    ("新建5层楼的办公用房", "楼", []),
])
def test_ordinals_told(sentence, unit, told):
    assert [q.text for q in ordinals_of(sentence, unit)] == told


@pytest.mark.parametrize("question, fact", [
    ("信息采用数量在全市各县区政协中排第几", "第二"),
    ("委员之家在机关几楼", "三楼"),
])
def test_rank_and_floor_answered(kb, question, fact):
    assert fact in first_line(kb, question)
