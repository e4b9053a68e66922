"""A name written before a deputy's post (何某副主席牵头…; 由邵某副主任督办) is a person's name, as one
before 主席 or 主任 is: where several leaders share a surname, the deed asked is told of the one whose own
clause names it. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协桑原县委员会2021年工作报告

一、领导班子

一年来，主席会议成员分工负责。卢守正主席主持全面工作，牵头县域交通专题协商；卢佩兰副主席分管社会和法制委员会，牵头推进“协商议事室”建设；卢德华副主席联系农业界别，牵头山区水库移民安置调研；邵雨晴副主任负责文史资料征集，主持编印《桑原旧影》。

二、提案督办

《关于加快老旧供水管网改造的提案》由卢佩兰副主席领衔督办，推动落实改造资金800万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("sangyuan-leaders.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("sangyuan-leaders"))


def test_names_before_a_deputy_post_are_read(kb):
    frequency = kb.answerer.segmenter.word_frequency
    names = find_person_names("；卢德华副主席联系农业界别；邵雨晴副主任负责文史资料征集。", frequency)
    assert {"卢德华", "邵雨晴"} <= names
    assert "卢佩兰" in find_person_names("由卢佩兰副主席领衔督办。", frequency)


def test_the_deputy_whose_clause_names_the_deed(kb):
    assert "卢德华" in first_line(kb, "山区水库移民安置调研是哪位副主席牵头的")
    assert "邵雨晴" in first_line(kb, "主持编印桑原旧影的是谁")
    assert "卢佩兰" in first_line(kb, "老旧供水管网改造的提案是谁领衔督办的")
