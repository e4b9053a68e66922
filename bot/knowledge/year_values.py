"""Earlier years' values written as clauses of their own after the year's figure: 活动26次，比上年增加7次
（2022年为19次，2021年为15次）.  Such a clause holds only a year and an amount; what it counts is named in
the clause the first of them continues, so the reader looks there for the question's words (2021年开展
活动多少次 → 15次), as it does for any short clause of a word and an amount.  An amount of the report's own
year compared with another year's (采用36篇，比2019年的29篇) is not that year's (``earlier_year_told``)."""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds
from .figure_years import YEAR_PART

__all__ = ["YEAR_BEFORE", "counted_from", "earlier_year_told"]

# A year right before an amount (2022年的4.6%, 2020年为181件, 而2023年这一数字是3950人次).
YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)年" + YEAR_PART + r"(?:(?:这一|这个|该)(?:数字|数据)(?:还|仅|只|则|也|才)*)?(?:的|为|是)?$")


def earlier_year_told(sentence: str, quantity, quantities, years: list[int]) -> bool:  # noqa: ANN001 - Quantities
    """Whether an amount written with no year of its own (the report's year's) is compared with another of the same
    unit written with a year asked (采用36篇，比2019年的29篇增加7篇 for 2019年…多少篇)."""
    if YEAR_BEFORE.search(sentence[:quantity.start]):
        return False
    return any(other is not quantity and other.unit == quantity.unit and (told := YEAR_BEFORE.search(sentence[:other.start]))
               and int(told.group(1)) in years for other in quantities)


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
