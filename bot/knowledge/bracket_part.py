"""A word a question asks of, told only in brackets that count a part of their own (研究生学历117名，占30.8%
(博士研究生14名)): the figure outside the brackets counts the whole, not the part the question names
(博士委员占比多少 is not answered by 30.8%, nor by anything the sentence tells).

General Chinese only; text as normalised (brackets written "(" and ")").
For: the doubt of an amount's answer (asked_untold.py).
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["asked_only_in_bracket_part"]

# Brackets holding an amount of their own (博士研究生9名), not an ordinal (《某书(第2卷)》) nor a year.
_COUNTED_BRACKETS = re.compile(r"\([^()]*?(?<![第\d.])\d+(?:\.\d+)?(?:%|[名人个件次篇项家所条位])[^()]*?\)")


def asked_only_in_bracket_part(words: Iterable[str], shown: str, at: int) -> bool:
    """Whether one of a question's ``words`` (two characters or more) is written in ``shown`` only inside
    brackets that count a part, and the answer's amount, at ``at``, stands outside them."""
    spans = [m.span() for m in _COUNTED_BRACKETS.finditer(shown)]
    if not spans or at < 0 or any(a <= at < b for a, b in spans):
        return False
    for word in words:
        places = [m.start() for m in re.finditer(re.escape(word), shown)] if len(word) >= 2 else []
        if places and all(any(a <= p < b for a, b in spans) for p in places):
            return True
    return False
