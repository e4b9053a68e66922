"""Whether a passage tells the numbers a question gives (谁捐了170万, 10届4次会议什么时候开).

Each number must stand in the passage's context as a number of its own (or, counting the things
asked, as that many of them listed: 两个转变是啥); a session named by
its 届 and 次 (10届4次会议) must be told as that session, not by its numbers apart (11届4次会议
… 1月10日 names another session); a term by its 届 alone (9届政协), as that term. Used by the answerer (answer.py) before it reads a passage
closely; not for choosing a figure (reading.py). Also whether a date is a year alone after the
one reported (a plan's year).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .heads import meeting_ordinals


@lru_cache(maxsize=256)
def _number_pattern(value: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\d.]){re.escape(value)}(?![\d.])")


# A day named by month and day (6月27日那次协商会): told as that day, or as the last of a span (6月26日至27日).
# A session named as the start of a span (关于9届2次会议以来提案工作情况的报告): not the session the span's deeds are of.
_SINCE = re.compile(r"\d+届\d+次(?:会议|全体会议)?以来")
_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})[日号]")


@lru_cache(maxsize=256)
def _day_pattern(month: str, day: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\d){month}月(?:\d{{1,2}}[日号]?[至到~-])?{day}[日号]")


def days_named(text: str) -> list[tuple[str, str]]:
    """The days ``text`` names by month and day, as (month, day)."""
    return [day.groups() for day in _DAY.finditer(text)]


def day_told(month: str, day: str, context: str) -> bool:
    """Whether ``context`` tells that day, alone or as the last of a span (10月9日至10日)."""
    return bool(_day_pattern(month, day).search(context))


# A numbered item opening with a date (1.5月17日，召集人…带领委员视察…; a schedule's 2.3月底前，完成…, 1.1月下旬，…):
# the item's number is no part of the month, and 1.5 no decimal.
_ITEM_NUMBER = re.compile(r"(?<![\d.])\d{1,2}\.(?=(?:1[0-2]|[1-9])月(?:\d{1,2}[日号]|底|初|[上中下]旬))")


def item_number_before(text: str, at: int) -> bool:
    """Whether a numbered item's number (2.) stands right before ``at``, where its date begins (2.3月底前)."""
    return any(match.end() == at for match in _ITEM_NUMBER.finditer(text[:at + 8]))


def without_item_numbers(text: str) -> str:
    """``text`` with the numbers of items opening with a date left out (1.5月17日 → 5月17日)."""
    return _ITEM_NUMBER.sub("", text) if "." in text else text


def numbers_told(numbers: list[str], question: str, context: str) -> bool:
    """Whether every number of the question stands in ``context``, every day it names by month and
    day is told there as that day (not its numbers apart: 6次 … 27名 is no 6月27日), and every session
    it names by 届 and 次 is named there so."""
    context = without_item_numbers(context)
    # A term heading a meeting's ordinal (9届第13次常委会议) in a passage naming no term: its number
    # is read as the term's, told or not (below).
    unnamed_term = {t.group(1) for t in _TERM_ASKED.finditer(question) if t.group(2)} if not _TERM_TOLD.search(context) else set()
    if not all(n in unnamed_term or _number_pattern(n).search(context) or items_listed(n, question, context)
               or years_spanned(n, question, context) or past_figure_given(n, question) for n in numbers):
        return False
    if not all(day_told(month, day, context) for month, day in days_named(question)):
        return False
    sessions = meeting_ordinals(question) if "届" in question else set()
    if sessions and not sessions <= meeting_ordinals(context if _SINCE.search(question) else _SINCE.sub("", context)):
        return False  # (9届2次会议以来 tells the span since that session, nothing done at it)
    # A term named alone (9届政协的主席): told as that term (第9届), not by its number apart (6月9日).
    # A term naming a meeting of its own by ordinal (9届第13次常委会议): a passage naming no term at all
    # tells it too (第13次常委会议 of a report on that one term).
    return all(re.search(rf"(?<!\d){term.group(1)}届", context)
               or (term.group(2) and not _TERM_TOLD.search(context))
               for term in _TERM_ASKED.finditer(question))


# The things asked, counted by the question (两个转变是啥, 目标是什么三个青峪): the noun after the count, before
# what is asked of them or the question's end.
_COUNTED_ASKED = r"(?<![\d.]){}个([\u4e00-\u9fff]{{1,4}}?)(?=是|有|都|分别|指|包括|[?!。,]|$)"


def items_listed(number: str, question: str, context: str) -> bool:
    """Whether the things a question counts as it asks what they are (两个转变是啥) stand listed in ``context``
    that many, each ending in the noun counted and joined by 、 (由"甲"向"乙"转变、由"丙"向"丁"转变), the count
    itself unwritten."""
    counted = re.search(_COUNTED_ASKED.format(re.escape(number)), question)
    if not counted or not number.isdigit() or not 2 <= int(number) <= 9:
        return False
    noun = re.escape(counted.group(1))
    item = rf'[^,;:。、]{{1,16}}?{noun}"?'
    return re.search(rf"(?<![^,;:。\n]){item}(?:、{item}){{{int(number) - 1}}}(?!、)", context) is not None


# A span of years asked by its length (那5年, 这5年, 5年来, 5年间): told by a span of years that long (2017-2021年).
_YEARS_ASKED = r"(?:(?<=[那这近前])|(?<=过去)){}年|(?<![\d.]){}年(?=来|间|里|中|内)"
_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)年?[-—~至到]((?:19|20)\d\d)年")


def years_spanned(number: str, question: str, context: str) -> bool:
    """Whether ``number`` counts the years of a span the question asks of (十三届那五年报了多少篇) and ``context``
    writes a span of years that long, first and last year both counted (2017-2021年)."""
    value = re.escape(number)
    if not number.isdigit() or not re.search(_YEARS_ASKED.format(value, value), question):
        return False
    return any(int(b) - int(a) + 1 == int(number) for a, b in _YEAR_SPAN.findall(context))


# A figure the question grants of a past period in a clause of its own, before asking of another (去年引荐项目19个,
# 今年打算引荐几个; 去年到了11个,今年目标几个): the answer is the other period's, and need not restate the past one.
_PAST_CLAUSE = re.compile(r"去年|上年|前年|过去|以前|之前|原来")
_ASKED_LATER = re.compile(r"今年|明年|下1?年|今后|打算|计划|目标|准备|要")
_ASKING = re.compile(r"几|多少|哪|什么|啥|吗|怎")


def past_figure_given(number: str, question: str) -> bool:
    """Whether ``number`` stands in a clause of the question granting a past period's figure (去年…19个,),
    one that asks nothing, before the clause asking of a later one (今年打算引荐几个)."""
    clauses = re.split(r"[,;]", question)
    if len(clauses) < 2 or not _ASKED_LATER.search(clauses[-1]) or _PAST_CLAUSE.search(clauses[-1]):
        return False
    return any(_number_pattern(number).search(clause) and _PAST_CLAUSE.search(clause) and not _ASKING.search(clause)
               for clause in clauses[:-1])


_TERM_ASKED = re.compile(r"(?<!\d)(\d{1,2})届(?!\d)(第\d+次)?")
_TERM_TOLD = re.compile(r"\d届")


def later_year_alone(fact: str, year: int | None) -> bool:
    """Whether a date fact is a year alone (2025年) after the year its document reports on."""
    return year is not None and len(fact) == 5 and fact.endswith("年") and fact[:4].isdigit() and int(fact[:4]) > year
