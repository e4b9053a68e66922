"""Where the scope of a part starts: a whole set as the scope of its breakdown (在参加评议的164名委员中，评为优秀等次的
22名，…；不称职等次的6名) says once, in its own clause, what every part counts and of what (参加评议的…委员); each part's
clause (评为优秀等次的22名) adds only its own word. A part is read with its scope's clause, as a short clause is read
with the clause before it.

Without this the whole's figure, the question's other words beside it, outranks the part a question names by its own
word (去年有多少委员评议优秀 → 22名), though breakdowns.not_the_asked_part already tells the whole is not asked.
Used by ``FactReader._fit_number`` (reading.py).
"""

from __future__ import annotations

import re

from .breakdowns import breakdown_role
from .facts import Quantity, clause_bounds, find_quantities

__all__ = ["scope_start"]

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
