"""A question asking what a month holds (二月份安排的是啥会, 5月有哪些活动), and the line of a month-by-month schedule
opening with that month (二月：召开县政协某届某次会议，开展全体会议协商).

A plan lists its year month by month, each line opening with its month and a colon; asked what a month holds,
that line is the answer where the question's other words (安排, 会) are in every paragraph of a plan and say
little: the month it names is what it asks of.  A question naming a thing of that month (10月份网络议政议的是啥) is
asked of the thing, whose own sentence tells it.  A line of a month is read only for a question asking what (not
when, how many or who) that names a month without a day.

Used by the answerer's ranking and its confidence (answer.py); general Chinese only.
"""

from __future__ import annotations

import re

from .question import KIND_WHAT, QuestionAnalysis, once_per_question

__all__ = ["MONTH_LINE_BONUS", "month_line_spec", "schedule_month"]

# What a line of the month asked adds to a sentence's rank: it is the month's own entry.
MONTH_LINE_BONUS = 0.3
# A month the question names (二月份 as normalised: 2月份, 5月), with no day after it and no year's digit before it.
_MONTH_ASKED = re.compile(r"(?<![\d年])(\d{1,2})月份?(?!\d)")
# The question's words of the month itself, and the weight below which its other words say little (安排, 会, 活动 in
# every paragraph of a plan): the month is then what it asks of.  A thing named (网络议政) weighs more.
_MONTH_WORDS = frozenset({"月", "月份"})
_SAYS_LITTLE = 1.0
# A schedule line: the month, then a colon, opening the sentence (2月:召开…).
_MONTH_LINE = re.compile(r"(\d{1,2})月份?[:：]")


def schedule_month(sentence: str) -> str | None:
    """The month a schedule line opens with (2月:召开… → "2"), or None for any other sentence."""
    line = _MONTH_LINE.match(sentence)
    return line.group(1) if line else None


def _asked_month(q: QuestionAnalysis) -> str:
    if q.kind != KIND_WHAT or sum(t.weight for t in q.terms if t.text not in _MONTH_WORDS) >= _SAYS_LITTLE:
        return ""  # 10月份网络议政议的是啥: the thing named is asked of, its own sentence tells it
    months = {m.group(1) for m in _MONTH_ASKED.finditer(q.norm)}
    return months.pop() if len(months) == 1 else ""


def month_line_spec(q: QuestionAnalysis, sentence: str, spec_ref: float) -> float:
    """How much a sentence that is the schedule line of the month a what-question names adds to how
    specifically it answers (the whole reference, as the month is what is asked of); 0 for any other."""
    month = once_per_question(q, "_month_line_asked", _asked_month)
    return spec_ref if month and schedule_month(sentence) == month else 0.0
