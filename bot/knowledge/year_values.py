"""Earlier years' values written as clauses of their own after the year's figure: 活动26次，比上年增加7次
（2022年为19次，2021年为15次）.  Such a clause holds only a year and an amount; what it counts is named in
the clause the first of them continues, so the reader looks there for the question's words (2021年开展
活动多少次 → 15次), as it does for any short clause of a word and an amount."""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds
from .figure_years import YEAR_PART

# A clause of only a year's value: (2022年为19次 / 2021年的15次 / 2021年是15次, the year its only word.
# The year before named by its word is such a clause too (…委员9名，上年为17名).
_YEAR_VALUE_CLAUSE = re.compile(r"[(（]?(?:(?:19|20)\d\d年" + YEAR_PART + r"|(?:上年|去年|上1年)(?:同期)?)(?:的|为|是)")


def counted_from(sentence: str, quantity: Quantity) -> int | None:
    """Where the clause naming what a year's value counts starts (the clause before the run of year
    values), or None when the figure's clause says more than its year."""
    a, _ = clause_bounds(sentence, quantity.start)
    if a == 0 or not _YEAR_VALUE_CLAUSE.fullmatch(sentence, a, quantity.start):
        return None
    while a > 0:
        a = clause_bounds(sentence, a - 1)[0]
        year = _YEAR_VALUE_CLAUSE.match(sentence, a)
        if not (year and re.match(r"\d", sentence[year.end():])):
            if a > 0 and re.match(r"(?:比|较|同比)", sentence[a:]):
                a = clause_bounds(sentence, a - 1)[0]  # 比上年增加7次 goes on with the clause before it
            return a  # a clause of words (…履职活动26次,比上年增加7次(2022年为19次)
    return None
