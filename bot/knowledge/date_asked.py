"""A month or year the question dates its event by (去年10月的专题协商会主题是啥, 8月视察去了哪几处,
2017年立案提案多少件 in a report looking back over five years): of the sentences about the same subject,
the one writing that month (10月, 10月18日) or that year answers, not one telling the same kind of event
in another month or year (6月18日…专题协商会, 2021年…立案402件).

A year counts only where it is not the year the report tells of: a one-year report dates few of its
sentences by its own year, and every other sentence is of that year too.

Several days asked (哪几天, 从哪天到哪天) are answered by a span of days (9月10日至13日), not by one day of it.

Used by the answerer (answer.py) when ranking the sentences it reads closely.
"""

from __future__ import annotations

import re

from .question import QuestionAnalysis, once_per_question
from .term_match import months_told

__all__ = ["DATE_TOLD_BONUS", "date_asked_told", "days_asked_told"]

# How much a sentence writing the month or year asked ranks before one that does not.
DATE_TOLD_BONUS = 0.15


def _months(text: str) -> set[str]:
    """The months a text names (10月, 10月18日; a numbered item's 1.5月17日 too: term_match.months_told)."""
    return set(months_told(text))


def date_asked_told(q: QuestionAnalysis, sentence: str, report_year: int | None) -> bool:
    """Whether the question dates what it asks by a month or by a year other than the report's, and
    the sentence writes every such date."""
    months = once_per_question(q, "_months_asked", lambda asked: _months(asked.norm))  # each sentence asks it
    years = {y for y in q.years if y != report_year}
    if not months and not years:
        return False
    if months - _months(sentence):
        return False
    return all(re.search(rf"(?<!\d){y}年", sentence) for y in years)


# Several days asked (视察是哪几天搞的, 会议从哪天开到哪天), and a span of days told (9月10日至13日, 1月7日—10日).
_ASKS_DAYS = re.compile(r"哪几天|哪几日|从哪天|起止|几号到几号|哪天到哪天")
_DAYS_SPAN = re.compile(r"\d{1,2}[日号]?(?:至|到|—|－|-|~)\d{1,2}月?\d{0,2}[日号]")


def days_asked_told(question: str, fact: str) -> bool:
    """Whether the question asks several days and the date found is a span of them."""
    return bool(_ASKS_DAYS.search(question)) and bool(_DAYS_SPAN.search(fact))
