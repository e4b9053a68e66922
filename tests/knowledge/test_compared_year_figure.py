"""A year written with a figure compared (比2020年的22篇, (2020年为27条)) dates that figure only: a later figure of
the sentence (被省政协采用4篇) is the report's year's, and does not answer that year asked.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协桐岭县委员会2021年工作报告

一、社情民意

全年共收到社情民意信息312篇，被市政协采用28篇，比2020年的22篇增加6篇；被省政协采用4篇；获县领导批示19篇。

农业界别全年报送信息38条(2020年为27条)，被县政协采用30条，其中被市政协采用7条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tongling.txt", _REPORT)], tmp_path_factory.mktemp("tongling"))


@pytest.mark.parametrize("question", ["被省政协采用的社情民意2020年几篇", "2020年农业界别信息被市政协采用几条"])
def test_a_later_figure_is_not_the_compared_years(kb, question):
    assert kb.answer(question).text.startswith("抱歉")


def test_the_reports_years_figure_answers(kb):
    assert first_line(kb, "被省政协采用的社情民意有几篇").startswith("答：4篇（2021年）")
