"""A count of a kind asked plainly (今年计划办多少期培训班) is answered first by the amount the report tells of
every kind of it (全年计划举办各类培训班50期以上), not by one of a narrower kind the question does not name
(计划举办专门委员会主任培训班1期, 拟举办界别专题培训班8期): 各类 / 各种 / 各项 right before the counted noun
say the amount is the whole.

A small lift of the rank only: it orders sentences that both read well, never makes an answer of a sentence
that would not be one. Used by answer.py when ranking the sentences read closely, for amounts only.
General Chinese only.
"""

from __future__ import annotations

import re

from .patterns import pattern
from .facts import clause_bounds, whole_figure
from .question import KIND_NUMBER, QuestionAnalysis

__all__ = ["WHOLE_KIND_BONUS", "whole_kind_told"]

WHOLE_KIND_BONUS = 0.05
# Words saying every kind of the noun after them is counted (各类培训班, 各种活动, 所有界别).
_EVERY_KIND = r"(?:各类|各种|各项|所有)"


def whole_kind_told(q: QuestionAnalysis, sentence: str, fact: str, equivalents) -> bool:  # noqa: ANN001 - a callable
    """Whether the amount ``fact`` counts every kind of the noun the question counts (``equivalents`` gives the
    noun's synonyms): 各类 and the noun stand right before it in its clause."""
    told = whole_figure(sentence, fact) if q.kind == KIND_NUMBER and q.counted and fact else None
    if told is None:  # (3期 is not read inside 13期)
        return False
    at = told.start()
    start, _ = clause_bounds(sentence, at)
    lead = sentence[start:at]
    nouns = sorted((e for e in equivalents(q.counted) if len(e) >= 2), key=len, reverse=True)
    return any(pattern(_EVERY_KIND + re.escape(noun) + r"(?:共|总计|合计)?$").search(lead) for noun in nouns)
