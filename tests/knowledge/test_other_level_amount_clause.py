"""A committee of another level asked by its level alone (市政协去年收到多少条社情民意, of a county's report):
the amount whose own clause names the report's own committee (县政协共收到社情民意信息226条) is the county's,
though the sentence names the city's committee elsewhere (被市政协采用31条); asked of the county's own
committee, or of none, it answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """凝心聚力 履职为民——榴溪县政协2023年履职纪实

一、反映社情民意

2023年，县政协共收到社情民意信息226条，比上年增加31条；编报《榴溪社情民意》88期，被市政协采用31条、省政协采用6条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liuxi.txt", _REPORT)], tmp_path_factory.mktemp("liuxi-level"))


def test_the_own_committees_amount_is_not_the_other_levels(kb):
    assert not kb.answer("市政协去年一共收到多少条社情民意").answered


@pytest.mark.parametrize("question, fact", [
    ("县政协去年一共收到多少条社情民意", "226条"),
    ("去年收到多少条社情民意", "226条"),
])
def test_the_amount_of_the_body_asked_answers(kb, question, fact):
    assert fact in first_line(kb, question)
