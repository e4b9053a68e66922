"""Which one a ranking by a count puts first (承办提案数量最多的是哪个单位): the count word (数量) names what they
are ranked by, so the answer is the unit the list puts first, not a figure; a count asked outright (承办数量最多的
单位承办了多少件) is still a figure."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.question import KIND_NUMBER, KIND_WHAT, detect_kind

from .conftest import first_line

_REPORT = """政协岱屿县委员会2021年提案工作情况报告

政协岱屿县委员会提案委员会
（二〇二二年一月十日）

一、提案办理

从承办单位看，县水利局承办提案18件，县交通局承办15件，县民政局承办12件，承办数量居前三位。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("daiyu-proposals.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("daiyu-proposals"))


def test_the_kind_of_a_ranking_question():
    assert detect_kind("承办提案数量最多的是哪个单位") == KIND_WHAT
    assert detect_kind("承办数量最多的单位承办了多少件") == KIND_NUMBER


def test_the_first_of_the_ranking_answers(kb):
    assert first_line(kb, "承办提案数量最多的是哪个单位").startswith("答：县水利局")
