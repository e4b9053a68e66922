"""截至 and 截止 are one word to members (提案截止到几号 for 截至2024年12月15日, the count's last day): the
question in either meets the report in the other.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协涞川县委员会关于提案工作情况的报告

一、提案提交情况

九届三次会议以来，截至2024年12月15日，县政协共收到提案198件，比上年增加11件。

二、办理情况

县政府于3月召开提案交办会，提案全部按期办结。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("laichuan.txt", _REPORT)], tmp_path_factory.mktemp("laichuan"))


@pytest.mark.parametrize("question", ["提案截止到几号", "提案截止到哪天", "提案截至哪天"])
def test_the_cutoff_day_answers_either_word(kb, question):
    assert "2024年12月15日" in first_line(kb, question)
