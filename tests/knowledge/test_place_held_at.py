"""Where an event was held, written between 在 and its verb (在青螺山开展义务植树活动): a place of any
kind, not only one ending in 区 / 市 / 村; a sentence only listing the event among themes tells no
place. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澄溪市社会法制委员会2019年工作总结

一、委员活动

今年共开展“法治澄溪·委员同行”主题活动8期，内容涵盖法律咨询、禁毒宣传、义务植树等方面。3月12日，组织委员及机关干部60人在青螺山开展义务植树活动，栽植苗木1500余株。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("chengxi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("chengxi-place"))


def test_the_place_between_at_and_the_verb(kb):
    assert "青螺山" in first_line(kb, "义务植树在哪里搞的？")


def test_a_theme_listed_without_a_place_is_declined(kb):
    assert not kb.answer("法律咨询在哪里搞的？").answered

