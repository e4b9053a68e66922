"""A question's word written in a sentence under 非 (非中共党员委员占60.9%, 非党员): the complement of
what the question names, not it.  党员委员占比多少 is told by 中共党员委员…占39.1%, not by the
非中共党员委员 right before 60.9%: the reader (reading.py) does not count such an occurrence as near.

Only a 非 that starts the word run holding the term, at most two characters before it (非中共党员, 非公),
and only when the question itself writes no 非 (非党员委员有多少 asks the complement).
General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["negated_at"]

# 非 and at most two characters of the same word before the term (非中共党员: 中共).
_NEGATED = re.compile(r"(?<![是并莫除])非[\u4e00-\u9fff]{0,2}$")


def negated_at(sentence: str, start: int, question: str) -> bool:
    """Whether the term at ``start`` stands under a 非 the question does not write."""
    return "非" not in question and bool(_NEGATED.search(sentence, max(0, start - 3), start))
