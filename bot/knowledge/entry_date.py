"""A dated entry (a chronicle's 大事记, a diary of work): a paragraph opening with its day
("5月18日　县政协召开…。会议审议通过…"), whose later sentences tell what was done that day without
repeating it.  In a report made of such entries (``dated_entries``), a when-question about what a later
sentence tells (哪天增补的副主席) is answered with the day heading the entry, when the sentence tells no
day of its own, or only a period its topic names (听取了关于上半年…情况的通报) in a clause holding none of
the question's words.

Used by the reader's date fit (dated_next.py); general Chinese only, no document's words.
"""

from __future__ import annotations

import re
from typing import Sequence

from .facts import find_dates
from .doc_passages import doc_passages

__all__ = ["dated_entries", "entry_day", "ENTRY_FACTOR"]

_TELLS_DAY = re.compile(r"\d+[日号]")
# Trust the day heading the entry a little less than a date told in the sentence itself.
ENTRY_FACTOR = 0.9
# A chronicle: so many paragraphs, and this share of them opening with their day.
_ENTRIES_AT_LEAST = 5
_ENTRIES_SHARE = 0.4


def _opening_day(sentence: str) -> str | None:
    dates = find_dates(sentence)
    return dates[0].text if dates and dates[0].start == 0 and _TELLS_DAY.search(dates[0].text) else None


def dated_entries(index, doc: int) -> bool:  # noqa: ANN001 - the PassageIndex
    """Whether report ``doc`` is a chronicle: at least ``_ENTRIES_SHARE`` of its paragraphs open with their day (a report
    telling a visit day by day now and then is not one: its later sentences go on to other things, 全年共…)."""
    known = index.__dict__.setdefault("_dated_entries", {})
    if doc not in known:
        firsts = [index.sentence_norm[p][0] for p in doc_passages(index, doc) if index.sentence_norm[p]]
        known[doc] = len(firsts) >= _ENTRIES_AT_LEAST and \
            sum(_opening_day(first) is not None for first in firsts) >= _ENTRIES_SHARE * len(firsts)
    return known[doc]


def entry_day(sentences: Sequence[str], s: int) -> str | None:
    """The day opening the paragraph's first sentence (1月6日至9日, 5月18日), when sentence ``s`` comes after
    it; None otherwise."""
    return _opening_day(sentences[0]) if s and sentences else None
