"""Ranking a sentence by the year its figure is of, when the question asks a year other than the report's.

A report on one year tells the year before beside it (立案162件…。立案数比上年的143件增加19件).  Asked of the
year before (2023年立案提案多少件, of a report on 2024), the sentence of this year's figure holds more of the
question's words and ranks first, then is doubted for its year (``Checks.figure_of_another_year``) and the
answer is lost.  A sentence whose figure is of the year asked (by 上年, or by its year written), and that holds
most of the question's words, is read first instead.  One holding few of them (对口协商 for 双周协商座谈会)
gains nothing: its figure is of the year, but of another thing.  The year of a sentence carried over
(同年, 这一年) still ranks the sentence it dates.

Used by the answerer's close reading (answer.py ``_read_part``).
"""

from __future__ import annotations

from .amount_year import amount_year
from .carried_year import carried_year
from .values import Result

__all__ = ["year_shift"]

# What a figure of the year asked gains in rank, and how much of the question its sentence must hold for it.
_ASKED_YEAR = 0.12
_COVERED = 0.85


def year_shift(checks, q, p: int, s: int, fact: str, coverage: float) -> float:  # noqa: ANN001 - Checks, QuestionAnalysis
    """What the year of the sentence's figure adds to its rank for the question."""
    shift = 0.1 if q.years and carried_year(checks.index.sentence_norm[p], s) in q.years else 0.0  # 这一年, 同年
    if q.kind != "number" or not fact or coverage < _COVERED or not (q.years or q.year_offsets):
        return shift
    wanted = checks.wanted_years(q, p) or []  # 上年, 前年 read in the report's frame too
    if wanted and checks.frame(p).year not in wanted \
            and amount_year(checks.index, Result(False, 0.0, q.kind, fact, p, s)) in wanted:
        shift += _ASKED_YEAR  # 2023年立案多少件 (of a report on 2024) → 立案数比上年的143件, before 立案162件
    return shift
