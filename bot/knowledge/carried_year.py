"""A year carried from the sentence before: a sentence opening with 这一年, 同年, 是年 or 那一年 tells of
the year the sentence before names (2017年是…开局之年。这一年，市政协围绕…召开全会专题议政。同年，…走访…),
though it writes none of its own; a chain of them carries it on.

For: checks.Checks.doubt, which doubts an answer whose sentence writes no year asked, and now reads
the carried year as the sentence's own: the asked year when they agree, another year when they differ
(even the report's own year, of which a 同年 sentence after 2017年 does not tell).

A sentence opening with 全年 (the whole year) after one opening with its year (2024年，全市新增托位3460个。全年新建
托育点23个) sums up that year: minutes of 2025 telling 2024's figures so. Only a year opening the sentence before
is carried this way (比2022年增长5%。全年… compares, it tells of no other year).

For reading.py too, which reads such a sentence's figures as of the carried year.
"""

from __future__ import annotations

import re

__all__ = ["carried_year"]

# Normalised: 这一年 is written 这1年 (normalize.py turns a numeral before a measure word into digits).
_CARRIES = re.compile(r"^(?:这1年|那1年|这一年|那一年|同年|是年)(?:里|中|内)?[,，]?")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_WHOLE_YEAR = re.compile(r"^全年")
_OPENING_YEAR = re.compile(r"^((?:19|20)\d{2})年(?![\d底末])")


def carried_year(sentences, s: int) -> int | None:
    """The year sentence ``s`` tells of when it opens with 同年 / 这一年 and writes no year of its own:
    the last year the sentence before writes, or the one that sentence carries in turn; else None."""
    k = s
    while 0 < k < len(sentences) and _CARRIES.match(sentences[k]) and not _YEAR.search(sentences[k]):
        years = _YEAR.findall(sentences[k - 1])
        if years:
            return int(years[-1])
        k -= 1
    if 0 < s < len(sentences) and _WHOLE_YEAR.match(sentences[s]) and not _YEAR.search(sentences[s]):
        opening = _OPENING_YEAR.match(sentences[s - 1])
        return int(opening.group(1)) if opening else None  # (not after 同年…: the chain's year is no topic set)
    return None
