"""A who-question asking every holder of a post (副主席都有谁, 常委有哪些, 分别是谁): the sentence naming more of
them answers it before one naming a few (选举甲、乙、丙、丁为副主席 before 甲副主席带队…，乙副主席带队…), as a
member asking for all of them wants the whole list.

Read by the answerer (answer.py) when ranking the sentences read closely; general Chinese only.
"""

from __future__ import annotations

import re

from .question import KIND_WHO, QuestionAnalysis

__all__ = ["roster_first"]

# Every one asked (都有谁, 都是谁, 分别是谁, 有哪些, 哪几位): not 是谁 (one holder).
_ASKS_EVERY = re.compile(r"都有谁|都是谁|分别是谁|有哪些|是哪些|哪几[位个名]|都有哪")
# The rank each further name gains, and the most all of them may.
_PER_NAME = 0.05
_MOST = 0.25


def roster_first(q: QuestionAnalysis, fact: str) -> float:
    """The rank a who-answer naming several people gains when every holder is asked."""
    if q.kind != KIND_WHO or not fact or not _ASKS_EVERY.search(q.norm):
        return 0.0
    names = fact.partition("（")[0].split("、")
    return min(_MOST, _PER_NAME * (len(names) - 1))
