"""The level a difference changes: in 遴选重点提案15件，由主席领衔督办，比上年增加3件 the difference
(增加3件) stands in a clause of its own, far from the words naming what changed (重点提案), which
stand with the level it is compared against (15件).  Asked how much more (重点提案比上年多了几件),
the difference answers, so it is read as close to the question as the level's clause is.

Used by reading.py when it weighs the amounts of a sentence.
"""

from __future__ import annotations

from .facts import Quantity, clause_bounds
from .figure_years import earlier_value, is_difference

__all__ = ["compared_level"]

# A statement ends at a full stop or a semicolon: a difference never changes a level told before one.
_STATEMENT_END = "；;。!?！？"


def _measured_by(level: Quantity, difference: Quantity) -> bool:
    """Whether the difference can change the level: the same measure word (增加37篇 of 342篇), a growth
    rate of any amount (1126篇，比上年增长12.4%), percentage points of a rate (提高2.1个百分点 of 96.5%)."""
    if difference.unit.endswith("百分点"):
        return level.unit == "%"
    return difference.unit in (level.unit, "%")


def compared_level(sentence: str, difference: Quantity, quantities: list[Quantity],
                   named_at: list[int]) -> tuple[Quantity, int] | None:
    """The level the difference changes and where the words naming it start: the nearest figure before
    the difference in its statement that it can change (_measured_by) and that is no difference itself
    nor the base of a comparison (比上年的352件), when one lies in an earlier clause; else None.  A
    level's clause naming none of the question's words (at ``named_at``) goes on from the clause before
    it (开展"亲清茶叙"恳谈会，全年举办8场，比上年增加3场)."""
    statement = max(sentence.rfind(c, 0, difference.start) for c in _STATEMENT_END) + 1
    own_clause = clause_bounds(sentence, difference.start)[0]
    levels = [x for x in quantities if statement <= x.start < own_clause and _measured_by(x, difference)
              and not is_difference(sentence, x) and not earlier_value(sentence, x)]
    if not levels:
        return None
    level = max(levels, key=lambda x: x.start)
    start, end = clause_bounds(sentence, level.start)
    while start > statement and not any(start <= at < end for at in named_at):
        start, end = clause_bounds(sentence, start - 1)
    return level, start
