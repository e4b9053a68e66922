"""Figures counted within an awarded set: the winners of a commendation, not the whole.

A report breaks down its totals (立案的341件提案中，委员个人提案312件) and, later, the
commended ones the same way (优秀提案中，委员个人提案14件; 评选出优秀提案30件，其中集体提案11件、
委员个人提案19件). The breakdown of the commended set uses the very words of the whole one, so a
question saying no word of commendation (委员个人提案多少件) is read against both alike; only
the award word, standing in the figure's clause or in the scope its enumeration hangs from
(…中 / 其中), tells that the figure counts the winners.

Used by counting.py (a part of what is asked: it fits less and ranks lower).
"""

from __future__ import annotations

import re

from .facts import clause_bounds

# Words of commendation in general Chinese: an award, its winners, the act of choosing them.
_AWARD = re.compile(r"优秀|表彰|获奖|获评|评为|评选|评出|评定为|荣获|[一二三123]等奖|"
                    r"先进(?:单位|个人|集体|工作者|界别|委员|组织)")
# A clause the next one's figures hang from: a scope (优秀提案中) or the set they are parts of.
_SCOPE_END = re.compile(r"(?:之中|当中|中|里)$")
_FIGURE = re.compile(r"\d")
# A clause that goes on enumerating the parts of the clause before (其中集体提案11件).
_PARTS_OPEN = re.compile(r"其中")


def counted_among_awarded(question: str, sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` of a (normalised) sentence counts within an awarded set the
    question does not ask: an award word before it in its own clause, or in the clause its
    enumeration hangs from (优秀提案中，委员个人提案14件; 评选出优秀提案30件，其中…19件)."""
    if _AWARD.search(question):
        return False  # 优秀提案有几件, 表彰了多少个先进单位: the award is asked
    a, _ = clause_bounds(sentence, at)
    if _AWARD.search(sentence[a:at]):
        return True
    own = sentence[a:at]
    for _ in range(4):  # a scope hangs a few clauses of an enumeration at most
        if a <= 0:
            return False
        prior = clause_bounds(sentence, a - 1)[0]
        clause = sentence[prior:a - 1]
        if _AWARD.search(clause):
            return bool(_SCOPE_END.search(clause) or _PARTS_OPEN.match(own))
        if not _FIGURE.search(clause) and not _SCOPE_END.search(clause):
            return False  # a clause of no figure and no scope: no longer one enumeration
        a, own = prior, clause
    return False
