"""Which other documents' answers are worth telling beside the chosen one.

Naming no document, a question several reports answer is told from each of them
(checks.Checks.other_documents); this module says whether another document's answer
adds anything to the chosen one's.
"""

from __future__ import annotations

from .index import PassageIndex
from .values import Result


def tells_other(index: PassageIndex, other: Result, best: Result) -> bool:
    """Whether another document's answer says something else: another fact, or, where both
    answer with a whole sentence (围绕什么开展 has no figure to compare), another sentence."""
    if other.fact or best.fact:
        return bool(other.fact) and other.fact != best.fact
    return index.sentence_norm[other.passage][other.sentence] != index.sentence_norm[best.passage][best.sentence]
