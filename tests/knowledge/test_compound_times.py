"""Any measure word with 次 after it (册次, 架次, 车次) is one measure word: 借阅图书8.2万册次 is
8.2万册次, never 8.2万册, whether the question asks 多少册次 or 多少册. On a report of our own."""

from __future__ import annotations

import re

import pytest

from bot.knowledge.compound_units import COMPOUND_TIMES
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青枫县第五届委员会文化委员会2022年工作总结

一、主要工作

围绕城乡阅读服务开展专项视察，全县流动图书车全年借阅图书达8.2万册次，送书下乡车辆运行460车次。
县应急部门配合开展无人机巡查，全年飞行1200架次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qingfeng-times.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qingfeng-times"))


def test_compound_measure_words_are_read_whole():
    assert [x.text for x in find_quantities("借阅图书8.2万册次,运行460车次,飞行1200架次,购书300册")] == \
        ["8.2万册次", "460车次", "1200架次", "300册"]


def test_a_rank_or_an_issue_is_no_compound():
    def is_compound_times(unit: str) -> bool:
        return re.fullmatch(COMPOUND_TIMES, unit) is not None

    assert not is_compound_times("名次") and not is_compound_times("个次") and is_compound_times("架次")


def test_the_compound_asked_is_answered_whole(kb):
    assert first_line(kb, "流动图书车借阅图书多少册次").startswith("答：8.2万册次")
    assert first_line(kb, "无人机全年飞行多少架次").startswith("答：1200架次")
