"""A masthead line giving the day before the paper (2023年1月9日　《某某日报》第5版), as many papers print it,
still tells the paper; and a question naming the writer by what they did (写稿的记者, 采写的记者) asks the
byline as 这篇纪实的记者 does.  On a made-up article of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_FEATURE = """凝心聚力谱华章
——苇川县政协2031年履职纪实

本报记者　聂晚舟　通讯员　阮青禾
2032年1月8日　《苇川时报》第4版

岁末年初，苇川县政协一年的履职成绩单格外厚实。全年组织协商活动21场，立案提案158件。

县政协副主席乔远山告诉记者，今年新建委员工作室6个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("weichuan.txt", _FEATURE)], tmp_path_factory.mktemp("weichuan-day-first"))


@pytest.mark.parametrize("question, fact", [
    ("这篇稿子登在哪个报纸上", "《苇川时报》"),
    ("登在哪份报纸", "《苇川时报》"),
    ("这篇纪实哪天见报的", "2032年1月8日"),
    ("写稿的记者是谁", "聂晚舟"),
    ("采写的记者叫啥", "聂晚舟"),
    ("通讯员是谁", "阮青禾"),
])
def test_the_masthead_answers(kb, question, fact):
    assert fact in first_line(kb, question)
