"""A figure the question itself gives: what the question starts from, never what it asks.

4册读本一共印了多少册 gives 4册; 不足3次的委员有几名 gives 3次 and asks 名, so a sentence's 3名 is not
the given figure (the same number with another measure word is another figure).
"""

from __future__ import annotations

import re

from .facts import Quantity
from .question import QuestionAnalysis

__all__ = ["given_in_question"]


def given_in_question(q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
    """Whether the figure is one the question itself gives (4册 of 4册读本一共印了多少册): what the
    question starts from, never what it asks. A session's label (9届1次会议以来) gives no amount, nor a day (9月12日)."""
    number = re.match(r"\d+(?:\.\d+)?", sentence[quantity.start:quantity.end].lstrip("近约不超过逾"))
    if not number or number.group() not in q.numbers:
        return False
    # The same number with another measure word is another figure (不足3次的委员有几名 → 3名: 3次 is given, 3名 is not).
    return any(not _other_measure(q.norm[m.end():], quantity.unit) for m in re.finditer(
        rf"(?<![\d.]){re.escape(number.group())}(?![\d.]|届|次(?:会议|全体会议|大会)|月|日|号)", q.norm))


def _other_measure(after: str, unit: str) -> bool:
    """Whether the words after a number of the question begin with a measure word other than ``unit``."""
    return bool(unit) and bool(re.match(r"[\u4e00-\u9fff]", after)) and not after.startswith(unit) \
        and not after.startswith(("余", "多")) and after[:1] != unit[:1]
