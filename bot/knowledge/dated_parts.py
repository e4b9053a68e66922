"""A question naming a day (5月13日双周协商有几位委员发言, 11月23日的对口协商是和哪个部门): a
sentence telling several days one after another (5月13日,…9位委员发言;8月19日,…11位委员发言)
answers it with the part under that day only, from the clause the day opens to the next day told;
a sentence that does not tell the day at all speaks of it less surely than one that does, and a
paragraph that never tells it gives no amount of that day.

Used by the reader (reading.py); general Chinese only, no document's words.
"""

from __future__ import annotations

import re

from .facts import find_dates
from .question import QuestionAnalysis, once_per_question

__all__ = ["asked_days", "day_part", "part_of_day", "tells_day"]

_DAY = re.compile(r"\d{1,2}月\d{1,2}[日号]")
_CLAUSE_START = re.compile(r"[,;:。!?]")


def asked_days(q: QuestionAnalysis) -> tuple[str, ...]:
    """The days (month and day) a question names: 5月13日, 11月23号."""
    return once_per_question(q, "_asked_days", lambda q: tuple(
        m.group(0)[:-1] + "日" for m in _DAY.finditer(q.norm)))


def tells_day(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the sentence writes a day the question names (or the question names none)."""
    days = asked_days(q)
    return not days or any(d in sentence for d in days)


def part_of_day(q: QuestionAnalysis, sentence: str) -> str | None:
    """The part of a sentence telling the day asked among other days: from the clause the day
    opens up to the clause of the next other day; None when it tells one day or not the one asked."""
    days = asked_days(q)
    if not days:
        return None
    dates = [d for d in find_dates(sentence) if d.full]
    asked = next((d for d in dates if any(d.text.endswith(day) for day in days)), None)
    if asked is None or len({d.text for d in dates}) < 2:
        return None
    start = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, asked.start)), default=0)
    later = [d for d in dates if d.start > asked.end and d.text != asked.text]
    end = len(sentence)
    if later:
        end = max((m.start() + 1 for m in _CLAUSE_START.finditer(sentence, asked.end, later[0].start)), default=end)
    return sentence[start:end]


def day_part(q: QuestionAnalysis, sentence: str, paragraph: str) -> str | None:
    """What to read an amount from for a question naming a day: the day's part of the sentence, the
    sentence itself when it tells one day, none when the paragraph never tells the day asked (12月1日
    asked of a paragraph of 3月21日 and 9月12日: its figures are other days')."""
    if not tells_day(q, paragraph):
        return None
    return part_of_day(q, sentence) or sentence
