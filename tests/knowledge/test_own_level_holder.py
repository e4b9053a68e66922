"""Who holds a post of the county committee (县政协提案委员会主任是谁), asked of several county reports
loaded together: each report's own holder is told, also where the sentence naming him leaves 县政协 to
the report it is in (提案委员会主任周海明…).  Only for who holds a post: a count asked of 县政协 is not
read into every sentence of the report.  Reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.question import Term

from .conftest import first_line


def _report(place: str, year: str, body: str) -> str:
    return f"""政协{place}县委员会{year}年提案工作情况报告

一、提案工作

{body}
"""


_REPORTS = {
    "beiling": ("北岭", "2017", "县政协全年举办提案业务培训班2期，邀请市政协提案委员会有关同志授课，培训委员176人次。"
                              "提案委员会主任周海明多次深入界别活动组，与委员交流提案选题。"),
    "dongshan": ("东山", "2018", "县政协提案委员会主任林佳怡带队督办重点提案，推动问题解决。"),
    "xihe": ("西禾", "2024", "为了让提案办得好，县政协提案委员会在主任郑立群带领下，对往年已办复的35件提案开展回头看。"),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    documents = []
    for name, (place, year, body) in _REPORTS.items():
        text = _report(place, year, body)
        documents.append(SourceDocument(name + ".txt", text.split("\n", 1)[0], year, text))
    return KnowledgeBase(documents, tmp_path_factory.mktemp("holders"))


def test_each_county_reports_own_holder_is_told(kb):
    answer = kb.answer("县政协提案委员会主任是谁？").text
    assert "周海明" in answer and "林佳怡" in answer and "郑立群" in answer


def test_only_who_holds_a_post_reads_the_level_into_every_sentence(kb):
    answerer = kb.answerer
    p = next(p for p, text in enumerate(answerer.index.passage_norm) if "周海明" in text)
    county = Term(text="县政协", weight=1.0, equivalents=("县政协",), entity=False, known=True)
    assert answerer._own_body(county, p, who=True) == "^"
    assert answerer._own_body(county, p, who=False) is None
    assert "周海明" in first_line(kb, "北岭县政协提案委员会主任是谁？")
