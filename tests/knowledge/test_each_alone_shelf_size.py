"""A shelf of some forty-odd reports (a committee's own reports of a decade beside its neighbours', or the
bench's together mode: every tuning report and the bundled one) is still read report by report
(each_alone.py): past ``EACH_ALONE_UP_TO`` only the shared index answers, and a report's own answer to a
question naming no committee (科教文卫方面的提案63件, among reports writing 科教文卫 … 提案 at length) is lost.
On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.each_alone import EachAlone
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_FIRST = "岩松梅柳桐杉枫槐"
_SECOND = "港川岭湾溪浦台阳"


def _other_report(n: int) -> SourceDocument:
    city = _FIRST[n % 8] + _SECOND[n // 8 % 8]
    year = 1980 + n
    text = f"""政协{city}市委员会{year}年提案工作情况报告

一、{year}年提案工作

市政协科教文卫委员会围绕科教文卫领域的提案办理开展视察{2 + n}次，提出科教文卫方面的意见建议{30 + n}条。

科教文卫界委员结合提案办理，就科教文卫事业发展开展调研{3 + n}次，走访学校和医院{20 + n}家。
"""
    return SourceDocument(f"other{n}.txt", text.split("\n", 1)[0], str(year), text)


_OWN = """政协苇台县委员会2030年提案工作情况报告

一、2030年提案工作

县政协共收到提案218件，立案196件。

科教文卫方面的提案63件，占23.9%。
"""


def _documents(others: int) -> list[SourceDocument]:
    documents = [_other_report(n) for n in range(others)]
    documents.append(SourceDocument("weitai.txt", _OWN.split("\n", 1)[0], "2030", _OWN))
    return documents


def test_a_shelf_of_some_fifty_reports_is_read_report_by_report():
    assert EachAlone.applies(_documents(49))


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase(_documents(44), tmp_path_factory.mktemp("each-alone-shelf-size"))


def test_a_report_sure_on_its_own_is_told_on_a_shelf_of_forty_five(kb):
    assert "63件" in first_line(kb, "科教文卫方面的提案有多少件")
