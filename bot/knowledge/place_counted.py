"""Declining by reason an amount that counts something else than the places or the place asked:

- places of a level counted (考察学习一共去了几个省), and the amount is in another measure word, of trips or
  events (赴省外考察学习3批次): not a count of places at all (an amount in 个 may count them: 48个村);
- how many there are in one place (某区有多少名委员), and the sentence names that place only as where an event
  was held (第四期在某区某产业园举办…参训委员80名): those who came to the event, not the place's own.

General Chinese only; used by the checks (checks.py, ``Checks.doubt``) on amounts.
"""

from __future__ import annotations

import re

from .facts import clause_bounds, whole_figure

__all__ = ["level_uncounted", "venue_only"]

# Places of a level counted: 几个省, 多少个县, 哪几个村 is a which-question (not here).
_LEVEL_COUNTED = re.compile(r"(?<!哪)(?:几|多少)个?(省|市|县|区|镇|乡|村|国家)(?:了|呢|啊)?[?？]?$")
# One place, then how many there are in it: 某区有多少名…, 某县一共有几个….
_IN_ONE_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,4}(?:省|市|县|区|镇|乡|村|街道))(?:有|共有|一共有|总共有|现有|目前有)(?:多少|几)")
# Words before a place that make it where something was done (在某区举办, 赴某县, 深入某镇).
_AT_VENUE = re.compile(r"(?:在|于|赴|到|深入|走进|前往)$")
# An event held there, after the place in its clause (在某区某产业园举办).
_HELD = re.compile(r"举办|召开|举行|开班|开展")


def level_uncounted(question: str, fact: str, shown: str) -> bool:
    """Whether the question counts places of a level and the amount ``fact`` of ``shown`` counts no such place."""
    asked = _LEVEL_COUNTED.search(question)
    told = whole_figure(shown, fact) if fact else None
    if asked is None or told is None:
        return False
    at = told.start()
    level = asked.group(1)
    measure = re.sub(r"^[\d.]+(?:余|多)?", "", fact)
    return bool(measure) and not measure.startswith(("个", level)) and not shown.startswith(level, at + len(fact))


def venue_only(question: str, shown: str) -> bool:
    """Whether the question asks how many there are in one place, which ``shown`` names only as a venue."""
    asked = _IN_ONE_PLACE.search(question)
    if asked is None:
        return False
    place = asked.group(1)
    spots = [m.start() for m in re.finditer(re.escape(place), shown)]
    return bool(spots) and all(_AT_VENUE.search(shown[max(0, s - 2):s])
                               and _HELD.search(shown, s, clause_bounds(shown, s)[1]) for s in spots)
