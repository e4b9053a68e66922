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


def test_past_the_cap_the_reports_ranked_highest_are_read_on_their_own(tmp_path, monkeypatch):
    """A shelf past the cap (here a cap of 8 on a shelf of 45) still reads on their own the reports the shared index
    ranks highest for the question, keeping only so many reports' own indexes open: the report's own answer is told,
    where it used to be lost with every report's own reading at once."""
    import bot.knowledge.each_alone as each_module

    monkeypatch.setattr(each_module, "EACH_ALONE_UP_TO", 8)
    shelf = KnowledgeBase(_documents(44), tmp_path / "past-the-cap")
    each = shelf.answerer.each_alone
    assert each is not None and len(each.answerers) == 45
    assert "63件" in first_line(shelf, "科教文卫方面的提案有多少件")
    assert len(each.answerers._open) <= 8 + 8  # only the reports asked of most recently stay open
    # Every report's own index was built and cached: each is opened again from disk when a question needs it.
    shelf.warm_up()
    assert len(each.answerers._open) <= 8 + 8
    assert "63件" in first_line(shelf, "科教文卫方面的提案有多少件")


def test_past_the_cap_a_report_the_shared_index_ranks_low_is_not_asked(tmp_path, monkeypatch):
    """Past the cap only the reports ranked highest are asked at all: a report none of whose passages holds a word of
    the question is never opened for it."""
    import bot.knowledge.each_alone as each_module

    monkeypatch.setattr(each_module, "EACH_ALONE_UP_TO", 3)
    shelf = KnowledgeBase(_documents(5), tmp_path / "ranked")
    each = shelf.answerer.each_alone
    ranked = each._ranked(shelf.answerer.index.correct("苇台县立案多少件")[0])
    assert len(ranked) <= 3 and 5 in ranked  # 苇台's report (the sixth), the only one writing 立案, ranks first
    assert ranked[0] == 5


def test_a_shelf_of_a_thousand_is_left_to_the_shared_index():
    assert not EachAlone.applies([SourceDocument(f"d{n}.txt", "t", "2020", "x") for n in range(each_limit() + 1)])


def each_limit() -> int:
    from bot.knowledge.each_alone import SHELF_UP_TO

    return SHELF_UP_TO
