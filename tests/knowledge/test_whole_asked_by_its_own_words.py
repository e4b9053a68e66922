"""A whole and one part singled out after 其中, the part written with the whole's words again (引进项目5个，
总投资12.4亿元，其中某某项目总投资6.1亿元): a question naming no word of the part that the whole's clause lacks,
and some word only the whole's clause writes (引进), asks the whole; naming the part's own words (光伏支架) it
asks the part.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """苇港县政协2031年工作纪实

一、助力发展

全年县政协协助引进招商项目5个，总投资12.4亿元，其中苇港光伏支架项目总投资6.1亿元，已于9月投产。

县政协组织委员开展调研活动28次，其中赴外地考察4次，形成调研报告6份。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("weigang.txt", _REPORT)], tmp_path_factory.mktemp("weigang"))


@pytest.mark.parametrize("question", ["引进项目总投资多少", "引进的项目一共投资多少"])
def test_the_whole_is_asked_by_its_own_words(kb, question):
    assert "12.4亿元" in first_line(kb, question)


@pytest.mark.parametrize("question", ["光伏支架项目总投资多少", "光伏支架项目投资了多少钱"])
def test_the_part_is_asked_by_its_own_words(kb, question):
    assert "6.1亿元" in first_line(kb, question)


def test_a_part_named_by_its_kind_is_still_the_part(kb):
    assert "4次" in first_line(kb, "赴外地考察了几次")
