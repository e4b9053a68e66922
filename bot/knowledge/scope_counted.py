"""Where the scope of a part starts: a whole set as the scope of its breakdown (在参加评议的164名委员中，评为优秀等次的
22名，…；不称职等次的6名) says once, in its own clause, what every part counts and of what (参加评议的…委员); each part's
clause (评为优秀等次的22名) adds only its own word. A part is read with its scope's clause, as a short clause is read
with the clause before it.

Without this the whole's figure, the question's other words beside it, outranks the part a question names by its own
word (去年有多少委员评议优秀 → 22名), though breakdowns.not_the_asked_part already tells the whole is not asked.
Used by ``FactReader._fit_number`` (reading.py).

The scope's own figure, read the other way (scope_of_asked_part): 18个联系点中有4个活动开展不经常 counts every point,
and a question naming what the part is told to do (有几个联系点活动开展不经常) asks the part, 4个, though the noun
asked stands right after the scope's figure. Used by counted_others.counts_others.
"""

from __future__ import annotations

import re

from .breakdowns import breakdown_role
from .facts import Quantity, clause_bounds, find_quantities

__all__ = ["scope_start", "scope_of_asked_part"]

# The noun a scope's figure counts, then 中 closing its clause (208名委员中，; 45件提案当中，).
_SCOPE_NOUN = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:当)?中[,，:：]")


def scope_start(sentence: str, quantity: Quantity) -> int | None:
    """Where the clause of the scope (在…的164名委员中，) the figure is a part of starts; None when it is no such part."""
    if breakdown_role(sentence, quantity)[0] != "part":
        return None
    for figure in find_quantities(sentence[:quantity.start]):
        if figure.unit == quantity.unit and _SCOPE_NOUN.match(sentence, figure.end) \
                and breakdown_role(sentence, figure)[0] == "total":
            return clause_bounds(sentence, figure.start)[0]
    return None


# A scope's figure, its noun and 中 (…有), then the part's figure (18个联系点中有4个…, 45件提案当中，12件…).
_PART_AFTER_SCOPE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:当)?中(?:有|[,，])?(?=\d)")


def scope_of_asked_part(words: list[tuple[str, ...]], sentence: str, quantity: Quantity) -> bool:
    """Whether the amount is the scope of a part (18个 of 18个联系点中有4个活动开展不经常) and the part's own words
    (活动开展不经常) are among the question's (``words``: each term's equivalents)."""
    scope = _PART_AFTER_SCOPE.match(sentence, quantity.end)
    if scope is None:
        return False
    part = next((f for f in find_quantities(sentence[scope.end():]) if f.start == 0 and f.unit == quantity.unit), None)
    if part is None:
        return False
    rest = sentence[scope.end() + part.end:clause_bounds(sentence, scope.end() + part.end)[1]]
    return any(len(w) >= 2 and w in rest and w not in scope.group() for equivalents in words for w in equivalents)
