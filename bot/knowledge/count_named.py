"""An amount whose own clause names what it counts (重点提案数量不少于15件, 参会人数达到120人) counts that thing: a
question naming none of the clause's words (大会发言安排几个) is not answered by it, though the sentence names the
asked thing in another clause (认真做好大会发言遴选、…等工作,…重点提案数量不少于15件).

General Chinese only (数量, 人数, 总数, 件数…).  For: the doubt of an amount's answer (asked_untold.py).
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["other_count_named"]

# The thing counted named in the amount's clause: a noun, then the word of its count, then a linking verb or bound.
_COUNT_NAMED = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:数量|总数|总量|人数|件数|次数|个数)"
                          r"(?:达到|达|为|是|不少于|不低于|超过|保持在|控制在|在)?$")


def other_count_named(words: Sequence[str], clause_before: str, clause: str, short: Sequence[str] = ()) -> bool:
    """Whether the amount's clause names what it counts (``clause_before``: the clause up to the amount) and writes
    none of the question's ``words`` (its terms of two characters or more, as the sentence may write them), nor
    holds one of its ``short`` terms (one character: 评 of 最多评多少件 names 评选数量) in the name of the count."""
    named = _COUNT_NAMED.search(clause_before)
    return bool(words) and named is not None and not any(w in clause for w in words) and not any(
        w in named.group(1) for w in short)
