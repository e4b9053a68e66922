"""The fullest date a sentence gives a when-question (dated_next.fit_date).

- A month told with a word of the year before it (去年9月, 今年5月接任): the word belongs to the date,
  as it tells which year's month; a month alone would be read as the report's own year.
- A bare year read as a when-answer where its clause gives a date of the same year with a month
  (在2020年2月底前发布"2020年度…"): the fuller date, as 2020年 only names whose year a thing is.
- A day told with the part of the day right after it (1月11日上午, 3月5日下午): the part belongs to the
  date, as it tells when on that day (a morning's meeting, not the afternoon's); so does 前 of a deadline
  (6月30日前): the work is due by that day, not done on it.

General Chinese only, no document's words.
"""

from __future__ import annotations

import re

from .facts import DateSpan, clause_bounds

__all__ = ["fullest_date"]

# Words of a year relative to the report, written right before a month (去年9月, 明年3月).
_YEAR_WORD = re.compile(r"(?:去年|今年|前年|明年|上年)$")
_MONTH_FIRST = re.compile(r"\d{1,2}月")
_BARE_YEAR = re.compile(r"(\d{4})年")
# A part of the day written right after a day (1月11日上午, 5日晚).
_PART_OF_DAY = re.compile(r"(?:上午|下午|中午|晚上|傍晚|凌晨|早上|晚间)")
# A deadline: a day with 前 right after it (于6月30日前完成), the work due by then; not 前往, 前来 (going there that day).
_BY_DAY = re.compile(r"(?:之前|以前|前)(?![往来进去夕行])")


def fullest_date(sentence: str, best: DateSpan, dates: list[DateSpan]) -> DateSpan:
    """``best`` (a date of ``dates``, those of ``sentence``) with all the sentence tells of it."""
    bare = _BARE_YEAR.fullmatch(best.text)
    if bare:
        a, b = clause_bounds(sentence, best.start)
        fuller = [d for d in dates if d is not best and a <= d.start < b and re.match(bare.group(1) + r"年\d{1,2}月", d.text)]
        if fuller:
            return min(fuller, key=lambda d: abs(d.start - best.start))
    if best.full and not re.search(r"[至到~-]", best.text):
        part = _PART_OF_DAY.match(sentence, best.end) or _BY_DAY.match(sentence, best.end)
        if part:
            best = DateSpan(best.text + part.group(0), best.start, part.end(), best.full)
    if _MONTH_FIRST.match(best.text):
        word = _YEAR_WORD.search(sentence, 0, best.start)
        if word:
            return DateSpan(word.group(0) + best.text, word.start(), best.end, best.full)
    return best
