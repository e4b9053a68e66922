"""A dated entry (a chronicle's 大事记, a diary of work): a paragraph opening with its day
("5月18日　县政协召开…。会议审议通过…"), whose later sentences tell what was done that day without
repeating it.  A when-question about what such a later sentence tells (哪天增补的副主席) is answered
with the day heading the entry, when the sentence tells no day of its own, or only a period its topic
names (听取了关于上半年…情况的通报) far from the question's words.

Used by the reader's date fit (dated_next.py); general Chinese only, no document's words.
"""

from __future__ import annotations

import re
from typing import Sequence

from .facts import find_dates

__all__ = ["entry_day", "ENTRY_FACTOR", "FAR"]

_TELLS_DAY = re.compile(r"\d+[日号]")
# Trust the day heading the entry a little less than a date told in the sentence itself.
ENTRY_FACTOR = 0.9
# A period the sentence names (上半年) counts as the event's date only this close to the question's words.
FAR = 0.5


def entry_day(sentences: Sequence[str], s: int) -> str | None:
    """The day opening the paragraph's first sentence (1月6日至9日, 5月18日), when sentence ``s`` comes after
    it; None otherwise."""
    if s == 0 or not sentences:
        return None
    dates = find_dates(sentences[0])
    if not dates or dates[0].start != 0 or not _TELLS_DAY.search(dates[0].text):
        return None
    return dates[0].text
