"""A shelf of reports, a question naming a committee (枫溪区政协去年收到多少件提案): where that report, read alone as its
members read it, answers, its own reading is the answer, whatever the shared index read (it weighs the question's
words over the whole shelf, and may decline or read another report's sentence).  On reports of our own; the shared
index's reading is given to ``EachAlone.add_to`` as it could come out, declined or from another report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.values import Result


def _report(name: str, title: str, year: int, body: str) -> SourceDocument:
    return SourceDocument(name, title, str(year), f"{title}\n\n一、过去一年的工作\n\n{body}\n")


_DISTRICT = _report("district.txt", "政协枫溪区第四届委员会常务委员会工作报告", 2022,
                    "区政协主席郑云涛主持召开主席会议11次。全年区政协共收到提案152件，立案138件。")
_CITY = _report("city.txt", "政协橦州市委员会常务委员会工作报告", 2021,
                "市政协主席邝文斌带队开展视察9次。市政协全年收到提案388件，立案351件。")
_COUNTY = _report("county.txt", "政协柞水县委员会2023年工作报告", 2023,
                  "县政协主席龚立诚带队开展专题调研6次。县政协全年收到提案205件。")


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    return KnowledgeBase([_DISTRICT, _CITY, _COUNTY], tmp_path_factory.mktemp("shelf-named-own"))


def _passage_of(shelf, words: str) -> tuple[int, int]:
    index = shelf.answerer.each_alone.index
    for p, sentences in enumerate(index.sentence_norm):
        for s, sentence in enumerate(sentences):
            if words in sentence:
                return p, s
    raise AssertionError(words)


def _fact(shelf, result: Result) -> str:
    return shelf.answerer.each_alone.index.sentence_norm[result.passage][result.sentence]


@pytest.mark.parametrize("question", ["枫溪区政协去年收到多少件提案", "枫溪区政协收到提案多少件"])
def test_the_named_report_answers_where_the_shared_index_declined(shelf, question):
    norm = normalize_text(question)
    declined = Result(False, 0.3, "number", question=norm)
    result = shelf.answerer.each_alone.add_to(declined, norm)
    assert result.answered
    assert "152件" in _fact(shelf, result)
    assert result.also is None  # no other report is told: the question names this one


def test_the_named_report_answers_where_the_shared_index_read_another(shelf):
    norm = normalize_text("枫溪区政协收到提案多少件")
    p, s = _passage_of(shelf, "388件")
    another = Result(True, 0.8, "number", "388件", p, s, question=norm)
    result = shelf.answerer.each_alone.add_to(another, norm)
    assert result.answered and result.fact == "152件"


def test_a_named_report_declining_alone_still_declines(shelf):
    norm = normalize_text("枫溪区政协开展视察多少次")
    declined = Result(False, 0.3, "number", question=norm)
    assert not shelf.answerer.each_alone.add_to(declined, norm).answered
