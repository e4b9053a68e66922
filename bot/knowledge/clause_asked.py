"""Of several people holding one post in one sentence, each in a clause (or a semicolon's item) of their own naming their group
(甲局评议组由副主席某甲任组长，乙局评议组由副主席某乙任组长，…), the one whose clause names the group a
question asks of (乙局评议组组长是谁): that holder alone, not the whole list.

Reports list the leaders of parallel groups (评议组, 调研组, 视察组, 小组) this way in one sentence; the list
answers a question asking them all (各评议组组长是谁), a question naming one group wants its own.

Used by the who-reading (person_reading.py) after it has gathered the fellows of a post.
"""

from __future__ import annotations

import re

__all__ = ["holder_of_clause_asked"]

_CLAUSE_END = re.compile(r"[，,；;。]")
# An item of a list the semicolons close (机关第一党支部，党员14名，支部书记甲；机关第二党支部，…，支部书记乙).
_ITEM_END = re.compile(r"[；;。]")


def _clause(sentence: str, at: int, ends: re.Pattern = _CLAUSE_END) -> tuple[int, int]:
    starts = [m.end() for m in ends.finditer(sentence, 0, at)]
    end = ends.search(sentence, at)
    return (starts[-1] if starts else 0), (end.start() if end else len(sentence))


def holder_of_clause_asked(sentence: str, fellows: list, told) -> list:
    """``fellows`` narrowed to the one whose clause tells the question's own words best, when each stands in a
    clause of their own and one clause alone tells them; ``told(text)`` weighs how much a text tells the question's
    words other than the post (0 for none)."""
    if len(fellows) < 2:
        return fellows
    # Each in a clause of their own; else each in an item of their own, the item naming its group first and the
    # holder in a later clause (机关第二党支部（…），党员11名，支部书记乙 for 第二党支部书记是谁).
    for ends in (_CLAUSE_END, _ITEM_END):
        clauses = [_clause(sentence, person.start, ends) for person in fellows]
        if len(set(clauses)) != len(clauses):
            return fellows  # two in one clause (副组长甲、乙): a list of their own
        weights = [told(sentence[a:b]) for a, b in clauses]
        best = max(weights)
        if best > 0 and sum(1 for w in weights if w >= best * 0.999) == 1:
            return [fellows[weights.index(best)]]
    return fellows
