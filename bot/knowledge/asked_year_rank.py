"""Ranking a sentence by the year its figure is of, when the question asks a year other than the report's.

A report on one year tells the year before beside it (立案162件…。立案数比上年的143件增加19件).  Asked of the
year before (2023年立案提案多少件, of a report on 2024), the sentence of this year's figure holds more of the
question's words and ranks first, then is doubted for its year (``Checks.figure_of_another_year``) and the
answer is lost.  A sentence whose figure is of the year asked (by 上年, or by its year written), and that holds
most of the question's words, is read first instead; the year must date the figure in its own clause (比上年的143件, 2022年为64条), not
only stand elsewhere in the sentence.  One holding few of them (对口协商 for 双周协商座谈会) gains nothing:
its figure is of the year, but of another thing.  The year of a sentence carried over
(同年, 这一年) still ranks the sentence it dates.

Used by the answerer's close reading (answer.py ``_read_part``).
"""

from __future__ import annotations

import re

from .carried_year import carried_year
from .facts import clause_bounds, find_quantities
from .figure_years import earlier_value

__all__ = ["year_shift"]

# What a figure of the year asked gains in rank, and how much of the question its sentence must hold for it.
_ASKED_YEAR = 0.12
_COVERED = 0.85


# A year written in the figure's own clause before it (2022年为64条, 比2022年的5条), not one a span starts from.
_YEAR_IN_CLAUSE = re.compile(r"((?:19|20)\d\d)年(?!以来|起|开始|至今|以前|之前|以后|之后|\d)")
# The year before named by its word as the figure's own (，上年为17名 / (上年为3次)).
_PREVIOUS_VALUE = re.compile(r"(?:^|[(（])(?:上年|去年|上1年)(?:同期)?(?:为|是|的)$")


def _dated_in_clause(sentence: str, fact: str, own: int) -> int | None:
    """The year the figure's own clause dates it by: a year written there before it, or the year before the
    report's for a base of comparison (比上年的143件) or a value told for it (上年为17名); None otherwise (占64.1%
    after a sentence naming another year tells no year of its own)."""
    at = next((x for x in find_quantities(sentence) if x.text == fact), None)
    if at is None:
        return None
    a, _ = clause_bounds(sentence, at.start)
    written = _YEAR_IN_CLAUSE.findall(sentence[a:at.start])
    if written:
        return int(written[-1])
    if earlier_value(sentence, at) or _PREVIOUS_VALUE.search(sentence[a:at.start]):
        return own - 1
    return None


def year_shift(checks, q, p: int, s: int, fact: str, coverage: float) -> float:  # noqa: ANN001 - Checks, QuestionAnalysis
    """What the year of the sentence's figure adds to its rank for the question."""
    shift = 0.1 if q.years and carried_year(checks.index.sentence_norm[p], s) in q.years else 0.0  # 这一年, 同年
    if q.kind != "number" or not fact or coverage < _COVERED or not (q.years or q.year_offsets):
        return shift
    wanted = checks.wanted_years(q, p) or []  # 上年, 前年 read in the report's frame too
    own = checks.frame(p).year
    if wanted and own is not None and own not in wanted and _dated_in_clause(checks.index.sentence_norm[p][s], fact, own) in wanted:
        shift += _ASKED_YEAR  # 2023年立案多少件 (of a report on 2024) → 立案数比上年的143件, before 立案162件
    return shift
