"""Declining by reason a date told of another deed of a listed sentence: 组织委员赴驰原市等地学习考察，将于2024年3月
召开…推进会 dates the meeting, not the trip, and 去驰原市学习考察安排在几月份 asks the trip.  A sentence listing a
year's deeds one clause each dates only the clause whose own verb of holding (召开, 举办) it stands in; when the
question's words are all in another clause and none in the date's, the date is another deed's.

Used by told.event_doubt on a when-answer; general Chinese only.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["date_of_other_deed"]

# The date's clause holds its own deed: a verb of holding or doing with its object after it (将于3月召开推进会).
# (Only verbs of holding an event, whose object is the event: 预计明年春季建成投用 goes on about the clause before.)
_OWN_DEED = re.compile(r"(?:召开|举办|举行|开展|组织|启动)[\u4e00-\u9fff]{2,}")
# The question's words of asking, which no sentence writes (安排在几月份, 什么时候).
_ASKING = re.compile(r"(?:安排|定|放)?在?(?:几月份?|哪1?个月|哪一个月|哪天|哪1天|哪一天|几号|几日|哪1?年|哪一年|什么时候|啥时候|"
                     r"何时|什么时间)(?:举办|举行|开展|召开|进行)?的?|是|了|的|去|要|会|[?？]")


def _runs(question: str) -> set[str]:
    """The question's three-character runs, its words of asking left out (驰原市, 学习考)."""
    told = _ASKING.sub("|", question)
    return {told[i:i + 3] for i in range(len(told) - 2) if "|" not in told[i:i + 3]}


def date_of_other_deed(question: str, fact: str, shown: str) -> bool:
    """Whether the date ``fact`` stands inside a clause of ``shown`` (将于…) with a deed of its own that writes none of
    the question's runs, while a clause listed before it writes one."""
    at = shown.find(fact.partition("（")[0]) if fact else -1
    if at < 0:
        return False
    a, b = clause_bounds(shown, at)
    clause = shown[a:b]
    runs = _runs(question)
    if not runs or at - a < 2 or not _OWN_DEED.search(clause[at - a + len(fact):]) or any(r in clause for r in runs):
        return False  # (a date opening its clause, 4月14日 县政协召开…，印发《…》, dates the whole entry)
    return any(r in shown[:a] for r in runs)
