"""Declining by reason an amount of a span or of several events told for one asked:

- one year's amount asked (今年计划改造多少个, 去年培训了多少人次), the amount's clause counting over several
  years (计划3年改造老旧小区210个, 3年来累计培训…, 2018-2020年共…): a span's sum is no year's;
- one day's event asked (8月22日的协商会有多少人参加), the sentence naming no day and counting several such
  events before the amount (全年召开协商会7场,…参加的…近300人次): the year's sum is no one day's;
- one year asked (去年收到多少件, 9届5次会议收到多少件: a plenary session opens one year), the amount
  told as a total of several years (5年来, 本届以来, 9届1次会议以来 before it): the term's sum is no year's;
- several years' sum asked (5年来办了几期, 这5年一共视察多少次), the amount told of the report's one year
  (举办讲堂9期, no span word before it): a year's figure is no term's total.

Used by asked_untold.untold_doubt on an amount chosen; general Chinese only.
"""

from __future__ import annotations

import re

from .periods import SPAN, YEAR, asked_period, told_period

__all__ = ["span_sum_told", "span_told_for_year", "year_told_for_span"]

# One year asked: this, last or next year, the whole year, or a year by its number (not a span of them).
_ONE_YEAR = re.compile(r"今年|去年|明年|本年|上年|全年|(?<![\d-])(?:19|20)\d\d年(?![\d-]|至|到|以来)")
# A span of years asked (几年, 三年来, 累计, 历年, 这些年): the span's sum answers it.
_SPAN_ASKED = re.compile(r"[几两\d]年|多少年|累计|历年|这些年|届|以来|总共|一共")
# Several years counted over in the amount's clause (3年改造, 3年来, 两年内), or a span of years (2018-2020年).
_SPAN_TOLD = re.compile(r"(?<![\d.年第])(?:[2-9]|两)年(?![级度底初末前后])|(?:19|20)\d\d年?\s*[-—~至到]\s*(?:19|20)\d\d年")
# Several years summed asked, in words that say so (5年来, 这5年, 近3年, 5年…一共); not a plan's name (3年行动方案).
_YEARS_ASKED = re.compile(r"(?<![\d.])(?:[2-9]|两|几)年(?:来|间|里|中|以来)|(?:这|近|过去|本届)(?:[2-9]|两|几)年"
                          r"|(?<![\d.])(?:[2-9]|两)年[^,;。]{0,10}?(?:一共|总共|共|累计)")
# One plenary session asked, not the span since it (9届5次会议收到多少件, not 9届1次会议以来).
_ONE_SESSION = re.compile(r"\d+届\d+次(?:会议|全体会议|大会)(?!以来)")
# Words telling a total of several years, not bare 累计 (捐款捐物累计折合326万元 often sums within the year).
_TERM_TOLD = re.compile(r"(?<![\d.])(?:[2-9]|两)年来|(?:近|过去)(?:[2-9]|两)年|本届|历年|成立以来|至今|迄今"
                        r"|\d+届\d+次(?:会议|全体会议|大会)以来")
# One day asked, as normalised (8月22日).
_DAY = re.compile(r"\d{1,2}月\d{1,2}[日号]")
# Several events counted (召开协商会7场, 举办3期): the amount after sums over them.
_SEVERAL_EVENTS = re.compile(r"(?<![\d.])(?:[2-9]|\d{2,})(?:次|场|期|轮)")


def span_sum_told(question: str, shown: str, clause_start: int, amount_start: int) -> bool:
    """Whether the amount at ``amount_start`` of ``shown`` (its clause opening at ``clause_start``) sums
    over several years or events where ``question`` asks one year's or one day's."""
    before = shown[clause_start:amount_start]
    if _ONE_YEAR.search(question) and not _SPAN_ASKED.search(question) and _SPAN_TOLD.search(before):
        return True  # 今年计划改造多少个 asked, 计划3年改造老旧小区210个 told
    days = _DAY.findall(question)
    return (len(days) == 1 and not _DAY.search(shown)
            and bool(_SEVERAL_EVENTS.search(shown[:amount_start])))  # 8月22日…多少人, 全年…7场,…近300人次


def year_told_for_span(question: str, shown: str, amount_start: int, session: tuple[int, int] | None = None) -> bool:
    """Whether ``question`` asks a sum over several years and the amount at ``amount_start`` of ``shown``
    is told of one year: no span word (累计, 5年来, 本届以来) nor span of years before it in its sentence."""
    if not _YEARS_ASKED.search(question):
        return False
    return told_period(shown, amount_start, session) == YEAR and not _SPAN_TOLD.search(shown[:amount_start])


def span_told_for_year(q, shown: str, amount_start: int, session: tuple[int, int] | None = None) -> bool:  # noqa: ANN001
    """Whether the question ``q`` (a QuestionAnalysis) asks one year's amount, by a year or a plenary
    session, and the amount at ``amount_start`` of ``shown`` is told as a running total."""
    period = asked_period(q)
    if period == SPAN or period is None and not _ONE_SESSION.search(q.norm) or _YEARS_ASKED.search(q.norm):
        return False
    return told_period(shown, amount_start, session) == SPAN and bool(_TERM_TOLD.search(shown[:amount_start]))
