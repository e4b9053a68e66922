"""A when-answer that is a bare month, where another sentence gives a day of that same month for what is asked.

A plan tells its year twice: item by item (县政协某届某次会议计划于2月25日至27日召开) and again as a
month-by-month schedule (二月：召开县政协某届某次会议); a notice tells the day its plan was adopted in the
line under the title (2019年1月8日…主席会议通过) and the schedule tells only 一月：主席会议研究通过…计划. Both
sentences answer 什么时候开 / 啥时候通过的 about as well; the one giving the day is the fuller answer, as the
month only says in which month the day falls.

Used by the answerer (answer.py) once the best candidate is chosen; general Chinese only.
"""

from __future__ import annotations

import re

from .question import KIND_WHEN
from .values import Result

__all__ = ["with_day_of_month"]

# A month alone, perhaps with its year (2月, 2019年1月, 6月份).
_BARE_MONTH = re.compile(r"(?:(\d{4})年)?(\d{1,2})月份?")
# A date giving a day (or a span of days) in a month, perhaps with its year (2月25日至27日, 2019年1月8日).
_DAY_OF_MONTH = re.compile(r"(?:(\d{4})年)?(\d{1,2})月\d{1,2}[日号]")
# How far below the month's sentence the day's may rank: it must answer nearly as well (the same words asked).
_RANK_MARGIN = 0.3


def with_day_of_month(best: Result, best_rank: float, candidates: list[tuple[float, Result]],
                      threshold: float) -> tuple[Result, float]:
    """The best answer, or, when it is a bare month, the best-ranked sentence close behind it that is sure
    enough and gives a day of the same month (of the same year where both name one)."""
    month = _BARE_MONTH.fullmatch(best.fact or "") if best.kind == KIND_WHEN else None
    if month is None:
        return best, best_rank
    fuller = []
    for rank, other in candidates:
        day = _DAY_OF_MONTH.match(other.fact or "")
        if day is None or other is best or rank < best_rank - _RANK_MARGIN or other.confidence < threshold:
            continue
        if int(day.group(2)) != int(month.group(2)) or (day.group(1) and month.group(1) and day.group(1) != month.group(1)):
            continue
        fuller.append((rank, other))
    if not fuller:
        return best, best_rank
    rank, other = max(fuller, key=lambda pair: pair[0])
    return other, rank
