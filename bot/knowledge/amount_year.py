"""The year an amount an answer tells belongs to, as the answer shows it (frames.figure_year): a year
its clause names (or the sentence before, for 同年 / 这一年), the year before for 上年, a plan's planned year, else the year the report is on.

A question naming a year other than the report's (2022年力争报送多少条, of a report on 2021 read in
January 2022) is answered by an amount of that year, though the sentence never writes the year:
checks.Checks.doubt asks this before doubting the year. Not for dates or names (rendering.py).
"""

from __future__ import annotations

from .carried_year import carried_year
from .frames import figure_year
from .index import PassageIndex
from .values import Result

__all__ = ["amount_year"]


def amount_year(index: PassageIndex, best: Result) -> int | None:
    """The year the amount ``best`` tells belongs to; None when it tells no amount."""
    if best.kind != "number" or not best.fact:
        return None
    p = best.passage
    carried = carried_year(index.sentence_norm[p], best.sentence)
    if carried is not None:
        return carried  # 同年, 这一年: the year of the sentence before (carried_year.py)
    frame = index.frames[index.passage_doc[p]]
    return figure_year(frame, index.section_norm[p], index.sentence_norm[p][best.sentence], best.fact)
