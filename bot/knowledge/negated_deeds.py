"""A figure of a deed the sentence denies: 不予立案转作意见建议处理的74件 counts the proposals not filed, so it
does not answer 立案多少件, which asks those filed (立案512件 in the clause before). A question that denies the
deed itself (不予立案的有多少件, 未立案的几件) asks exactly that figure."""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds
from .patterns import pattern

# Words denying the deed right after them (不予立案, 未予采纳, 未立案, 没有落实, 不再受理).
_DENIAL = r"(?:不予|未予|未能|尚未|未|没有|没|不再|不)"


def denied_deed_unasked(question_norm: str, words: list[str], sentence: str, quantity: Quantity) -> bool:
    """Whether a deed the question asks (a word of two or more characters) stands in the figure's clause
    only as denied there, and the question does not deny it."""
    start, end = clause_bounds(sentence, quantity.start)
    clause = sentence[start:quantity.start]
    for word in words:
        if len(word) < 2 or word not in clause:
            continue
        denied = [m for m in pattern(re.escape(word)).finditer(clause)
                  if re.search(_DENIAL + "$", clause[:m.start()])]
        if denied and len(denied) == clause.count(word) and not re.search(_DENIAL + re.escape(word), question_norm):
            return True
    return False
