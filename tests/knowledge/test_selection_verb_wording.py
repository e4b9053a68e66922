"""A report writes its selections in a fuller verb than members ask with: 遴选 where a member
asks 选.  Read as sure on its own (synonyms.txt: 选 for 遴选), the report is told on a shelf of reports
as well, not only when it is loaded alone.  On reports of our own (a county 提案 report among
committees' reports of other cities)."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_CITIES = ["岩港", "松川", "梅岭", "柳湾", "桐溪", "杉浦"]

_OWN = """关于政协石樵县第八届委员会第三次会议以来提案工作情况的报告——2024年1月12日在政协石樵县第八届委员会第四次会议上

一、过去一年提案工作的主要情况

2023年，县政协主席会议从立案提案中遴选重点提案11件，由县领导领衔督办。

县政协共收到提案204件，经审查立案188件。

二、今年提案工作安排

拟召开提案办理协商会不少于7场，其中现场协商会至少3场。

计划举办提案业务培训2期。力争全年提案总数稳定在260件左右。
"""


def _other_report(n: int, city: str) -> SourceDocument:
    year = 2010 + n
    text = f"""政协{city}市委员会文化文史委员会{year}年工作总结

一、{year}年主要工作

委员会围绕文化遗产保护开展视察{2 + n}次，提出意见建议{30 + n}条。

委员会配合市政协办公室筹备文化发展专题协商会，组织委员走访文化场馆{10 + n}家。
"""
    return SourceDocument(f"other{n}.txt", text.split("\n", 1)[0], str(year), text)


def _documents() -> list[SourceDocument]:
    own = SourceDocument("shiqiao.txt", _OWN.split("\n", 1)[0], "2024", _OWN)
    return [_other_report(n, city) for n, city in enumerate(_CITIES)] + [own]


@pytest.fixture(scope="module")
def alone(tmp_path_factory):
    return KnowledgeBase(_documents()[-1:], tmp_path_factory.mktemp("selection-words-alone"))


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    return KnowledgeBase(_documents(), tmp_path_factory.mktemp("selection-words-shelf"))


def test_a_selection_worded_otherwise_is_read_as_sure(alone):
    answer = alone.answer("重点提案选了几件？")
    assert answer.answered and "11件" in answer.text.split("\n", 1)[0]
    assert answer.confidence >= 0.99


def test_on_a_shelf_the_report_is_told(shelf):
    assert "11件" in first_line(shelf, "重点提案选了几件？")


def test_what_no_report_tells_is_declined(shelf):
    assert not shelf.answer("重点课题选了几个？").answered
