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
# How far before 都有谁 the holders asked are written (3名博士委员, 市政协副主席).
_GROUP_REACH = 6


def roster_first(q: QuestionAnalysis, fact: str, sentence: str) -> float:
    """The rank a who-answer naming several people gains when every holder is asked and the sentence writes every
    word asked (界别3名博士委员分别是谁: not 界别中有常委3名，分别是甲、乙和丙, a roster of another group)."""
    every = _ASKS_EVERY.search(q.norm) if q.kind == KIND_WHO and fact else None
    if every is None:
        return 0.0
    group = q.norm[max(0, every.start() - _GROUP_REACH):every.start()]  # the holders asked: 博士委员, 副主席
    if any(t.text in group and not any(e in sentence for e in t.equivalents) for t in q.terms
           if len(t.text) >= 2 and "政协" not in t.text):  # (市政协 副主席: the committee's own name, written many ways)
        return 0.0
    names = fact.partition("（")[0].split("、")
    return min(_MOST, _PER_NAME * (len(names) - 1))
