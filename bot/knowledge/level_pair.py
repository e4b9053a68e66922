"""Places asked by a pair of region levels (哪几个县区政协被评为先进, 考察了哪几个县市): the pair is the word members
write for a level with its alternative (normalize.py joins 县(区), 县(市、区) into 县区, 县市区).  Such a pair never
names one place; it speaks of all the counties and districts in general (各县区政协要…, 赴4个县市考察).  So a
sentence writing the pair but naming none of the places (no two of them listed, 甲区政协、乙县政协) does not tell
which ones: it ranks below the one listing them, and answers only with a doubt.

Used by the answerer's ranking (rank_shifts.py) and the doubt of an answer (checks.py); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["pair_untold"]

# Two or three of the levels, each once (县区, 区县, 县市, 县市区); not 市区, which is a town's centre.
_PAIR = r"(?!市区(?![县]))(?:县|区|市)(?:、?(?:县|区|市)){1,2}"
_ASKED = re.compile(r"(?:哪些|哪几个|哪\d+个|哪几家)(" + _PAIR + ")")
_PAIR_WORD = re.compile(_PAIR)
# Places named: two or more listed, each a name ending in a level, alone or with what of it is told (甲区政协、乙县政协;
# 甲县"协商在基层"、乙县委员工作站), or named before their count (甲县等2个县市).
_LISTED = re.compile(r"[\u4e00-\u9fff]{2,4}[县区市][^、,;。:]{0,12}[、和及][\u4e00-\u9fff]{2,4}[县区市]")
_NAMED_BEFORE_COUNT = re.compile(r"等\d+个$")


def _distinct(word: str) -> bool:
    levels = word.replace("、", "")
    return len(set(levels)) == len(levels)


def asked_pair(norm: str) -> str | None:
    """The pair of levels whose places a question asks (哪几个县区政协 → 县区), or None."""
    match = _ASKED.search(norm)
    return match.group(1) if match and _distinct(match.group(1)) else None


def pair_untold(norm: str, sentence: str) -> bool:
    """Whether the question asks places by a pair of levels and the sentence writes such a pair (in general: 各县区,
    4个县市) without naming any of the places."""
    if asked_pair(norm) is None:
        return False
    pairs = [m for m in _PAIR_WORD.finditer(sentence) if _distinct(m.group())]
    if not pairs:
        return False
    if any(_NAMED_BEFORE_COUNT.search(sentence, 0, m.start()) for m in pairs):
        return False
    masked = _PAIR_WORD.sub("·", sentence)  # the pairs themselves name nothing (各县区、各专委会 lists no place)
    return not _LISTED.search(masked)
