"""A shelf of reports (each_alone.py), a question naming none: every report answering it is told in the
first line, however many answer (no report's own answer is cut off by a cap on the line), and the line is
an answer even where the report the shared index read first answers nothing when read alone (the
reports chained after it are answers as much as it was).  On reports of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.each_alone import EachAlone
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.values import Result

from .conftest import first_line

_CITIES = ["苇塘", "桂屿", "榆岗", "莲浦", "杏川", "檀口", "松崖", "柏渡", "菱湖", "芦湾", "茶岙", "竹坪", "栗溪", "梓洲"]


def _report(n: int, city: str) -> SourceDocument:
    year = 2005 + n
    text = f"""政协{city}市委员会{year}年工作报告

一、提案工作

{year}年，市政协共收到提案{300 + 7 * n}件，经审查立案{200 + 11 * n}件，均已交有关单位办理。

二、视察调研

组织委员开展专题视察{4 + n}次，形成调研报告{2 + n}篇。
"""
    return SourceDocument(f"report{n}.txt", text.split("\n", 1)[0], str(year), text)


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    documents = [_report(n, city) for n, city in enumerate(_CITIES)]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("shelf-every-report"))


def test_every_report_answering_is_told_however_many(shelf):
    line = first_line(shelf, "提案立案了多少件")
    for n in range(len(_CITIES)):
        assert f"{200 + 11 * n}件" in line, n


def test_a_question_no_report_answers_is_still_declined(shelf):
    assert not shelf.answer("提案办理的满意率是多少").answered


def _link(doc: int, fact: str, answered: bool = False) -> Result:
    return Result(answered, 1.0, "number", fact, passage=doc, sentence=0)


def test_the_line_is_an_answer_when_the_first_report_read_answers_nothing_alone():
    """The shared index read report 0 first and chained reports 1 and 2 (not answered: only a head
    answers); read alone, report 0 answers nothing and reports 1 and 2 answer surely."""
    shelf = EachAlone.__new__(EachAlone)
    shelf.index = SimpleNamespace(home_places=set(), passage_doc=[0, 1, 2], correct=lambda norm: (norm, 0),
                                  frames=[SimpleNamespace(year=2010 + n) for n in range(3)],
                                  segmenter=SimpleNamespace(words=lambda norm: []), names=[], contains=lambda text: False,
                                  in_vocabulary=lambda word: False)
    shelf.answerers, shelf.offsets = [object()] * 3, [0, 1, 2]
    shelf._own_answers = lambda norm, docs=None: [(1, _link(1, "12件", True)), (2, _link(2, "15件", True))]
    head = _link(0, "9件", True)
    head.also = _link(1, "12件")
    head.also.also = _link(2, "15件")
    told = shelf.add_to(head, "提案立案了多少件")
    assert told.answered
    assert [link.fact for link in told.chain()] == ["12件", "15件"]
