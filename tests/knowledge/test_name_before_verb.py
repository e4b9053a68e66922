"""A two-character name followed by a verb whose first character rarely ends a name (陈静负责, 李军牵头,
周敏担任, 吴昊兼任) is the two characters: the verb is not read into a three-character name (陈静负).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协松岩县委员会提案委员会2019年工作总结

一、抓好跟踪问效
对列入计划逐步解决的30件提案开展“回头看”。提案委员会副主任陈静负责“回头看”情况的汇总分析，形成专题报告。
二、加强调研
委员会办公室主任李军牵头开展农村饮水安全调研，形成调研报告1篇。
秘书长周敏担任调研组组长，带队赴5个乡镇走访。
副秘书长吴昊兼任提案督办组联络员。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("songyan.txt", _REPORT.split("\n", 1)[0], "2019", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songyan"))


@pytest.mark.parametrize("question, name, misread", [
    ("提案委员会副主任是谁", "陈静", "陈静负"),
    ("委员会办公室主任是谁", "李军", "李军牵"),
    ("谁担任调研组组长", "周敏", "周敏担"),
    ("提案督办组联络员是谁", "吴昊", "吴昊兼"),
])
def test_the_verb_after_a_name_is_not_part_of_it(kb, question, name, misread):
    line = first_line(kb, question)
    assert name in line
    assert misread not in line
