"""Rows of parts counted in order, each a clause opened by its ordinal (第一季度平台发言6200余条,第二季度7400余条,
第三季度8100余条,第四季度…,发言达10900余条): the measure is written once, in the first row, and holds for all.

- Asked one part (二季度发言多少条), the amount of its own row answers, not another row's that writes the measure
  again (第四季度…发言达10900余条) nor the first's (``row_score``).
- Asked a part in another measure and unit (第二季度心得多少篇), the rows (of 条, of 发言) do not answer, though they
  name the part (``row_fit``): another sentence tells that measure.

The rows' noun is what the ordinals share after the numeral (季度, 阶段, 批); three rows or more, numbered in
order.  Used by the fact reader (reading.py); general Chinese only.
"""

from __future__ import annotations

import os
import re

from .facts import Quantity

__all__ = ["ordinal_rows", "row_fit", "row_score"]

_NUMERALS = "一二三四五六七八九十"
# An ordinal opening a clause (第二季度…, after a comma, colon or semicolon, or opening the sentence).
_OPENING = re.compile(r"(?:^|(?<=[,;:，；：]))第([一二三四五六七八九十])")
_MIN_ROWS = 3


def ordinal_rows(sentence: str) -> list[tuple[str, int, int]]:
    """The rows of the sentence: each its label (第二季度) and the span from its ordinal to the next row's (the
    last to the end of its statement); empty when there are fewer than three in order sharing a noun."""
    opened = [(m.start(), _NUMERALS.index(m.group(1))) for m in _OPENING.finditer(sentence)]
    for first in range(len(opened)):
        run = [opened[first]]
        for at, number in opened[first + 1:]:
            if number == run[-1][1] + 1:
                run.append((at, number))
        if len(run) < _MIN_ROWS:
            continue
        noun = os.path.commonprefix([re.split(r"[\d,;:，；：]", sentence[at + 2:])[0] for at, _ in run])
        noun = re.match(r"[\u4e00-\u9fff]{0,4}", noun).group()
        if not noun:
            continue
        ends = [at for at, _ in run[1:]] + [_statement_end(sentence, run[-1][0])]
        return [(f"第{_NUMERALS[number]}{noun}", at, end) for (at, number), end in zip(run, ends)]
    return []


def _statement_end(sentence: str, at: int) -> int:
    ends = [i for i in (sentence.find(c, at) for c in ";；。") if i >= 0]
    return min(ends) if ends else len(sentence)


def _asked_row(words: list[str], rows: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    named = [row for row in rows if row[0] in words]
    return named[0] if len(named) == 1 else None


def row_score(q, sentence: str, quantity: Quantity, score: float, closeness) -> float:  # noqa: ANN001
    """The score of an amount of the rows: raised when its row is the one the question ``q`` names (as near
    as if the first row's measure, 平台发言, were written in it too: ``closeness(text, start, end)``), lowered when
    it is another row's; ``score`` as it is when the sentence has no rows or the question names none, and its
    row's when the rows measure another thing (``row_fit``)."""
    rows = ordinal_rows(sentence)
    asked = _asked_row(q.term_words(), rows) if rows else None
    if asked is None or not rows[0][1] <= quantity.start < rows[-1][2]:
        return score
    if not asked[1] <= quantity.start < asked[2]:
        return score - 0.8
    if row_fit(q, sentence, quantity) < 1.0:
        return score
    first = re.search(r"\d", sentence[rows[0][1]:rows[0][2]])
    measure = sentence[rows[0][1] + len(rows[0][0]):rows[0][1] + first.start()] if first else ""
    at = asked[1] + len(asked[0])
    if measure and asked is not rows[0] and measure not in sentence[at:quantity.start]:
        told = sentence[:at] + measure + sentence[at:]
        score = max(score, closeness(told, quantity.start + len(measure), quantity.end + len(measure)))
    return score + 0.2


def row_fit(q, sentence: str, quantity: Quantity) -> float:  # noqa: ANN001 - a QuestionAnalysis
    """At most 0.25 for an amount of the rows when the question names one row, asks another unit (篇, the rows
    telling 条) and a word the sentence does not write (心得): the rows measure something else; else 1.0."""
    rows = ordinal_rows(sentence)
    asked = _asked_row(q.term_words(), rows) if rows else None
    if asked is None or not q.unit or quantity.unit == q.unit or not rows[0][1] <= quantity.start < rows[-1][2]:
        return 1.0
    untold = [t for t in q.terms if len(t.text) >= 2 and not any(e in sentence for e in t.equivalents)]
    return 0.25 if untold else 1.0
