"""A breakdown led by a clause ending in 中 (被省政协采用的64条信息中，第一季度12条，第二季度19条，…): each item counts what
the lead tells, done by its deed, so a quarter asked (二季度被省政协采用了几条, 一季度…) is answered by its item, not by
the lead's total.  On a notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.breakdown_lead import breakdown_lead
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NOTICE = """政协岑川市委员会办公室关于2025年度社情民意信息工作的通报

一、总体情况

全年收到信息稿件910篇，被省政协采用信息64条。分季度看，被省政协采用的64条信息中，第一季度12条，第二季度19条，第三季度21条，第四季度12条；第三季度采用量最多。
"""


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return KnowledgeBase([document_from_text("cenchuan-notice.txt", _NOTICE)], tmp_path_factory.mktemp("cenchuan"))


@pytest.mark.parametrize("question, expected", [
    ("二季度被省政协采用了几条", "19条"),
    ("一季度被省政协采用多少条", "12条"),
    ("第三季度省政协采用了几条", "21条"),
])
def test_quarter_of_a_breakdown(notice, question, expected):
    assert expected in first_line(notice, question)


def test_breakdown_lead():
    sentence = "被省政协采用的64条信息中,第一季度12条,第二季度19条,第三季度21条"
    assert breakdown_lead(sentence, sentence.find("19条")) == 0
    assert breakdown_lead("全年收到信息稿件910篇,被省政协采用信息64条", 20) is None
