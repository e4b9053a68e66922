"""A question's word under 非 in a sentence (非中共党员委员) is the complement of what it asks
(negated_terms.py): 党员委员占比多少 takes the 党员委员's share, not the 非中共党员委员's written right
before the other figure; a question writing 非 itself still asks the complement. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.negated_terms import negated_at
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协云桥县第九届委员会常务委员会工作报告

一、2021年主要工作

县政协现有委员180名，其中中共党员委员72名，占40.0%，非中共党员委员占60.0%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("yunqiao-negated.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("yunqiao-negated"))


def test_negated_at():
    sentence = "其中中共党员委员72名，非中共党员委员占60.0%"
    assert negated_at(sentence, sentence.rindex("党员"), "党员委员占比多少")
    assert not negated_at(sentence, sentence.index("党员"), "党员委员占比多少")
    assert not negated_at(sentence, sentence.rindex("党员"), "非党员委员占比多少")


def test_the_share_of_those_asked(kb):
    assert "40.0%" in first_line(kb, "党员委员占比多少")


def test_the_complement_asked(kb):
    assert "60.0%" in first_line(kb, "非中共党员委员占比多少")
