"""General Chinese a member asks in other words than a report writes: 干旱 for the weather a report
tells as 高温少雨 (or 旱情), and 外出 for a trip a report tells by 赴 (赴某地学习考察).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """关于加强山区农村饮水保障的调研报告

一、调研开展情况

8月12日至14日，俞振明副主席带领调研组赴省内青枫市、柳岸县学习考察农村供水县域统管的经验做法。

二、基本情况

全县已建成农村集中供水工程326处。2023年7月至8月，我县遭遇持续35天的高温少雨天气，全县约8600人出现临时饮水困难，各地启动应急供水预案。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingfeng.txt", _REPORT)], tmp_path_factory.mktemp("drought-trip"))


@pytest.mark.parametrize("question, answer", [
    ("干旱时全县多少人临时饮水困难", "8600人"),
    ("调研组外出考察去了哪些地方", "青枫市"),
])
def test_asked_in_other_words(kb, question, answer):
    assert answer in first_line(kb, question)
