"""A meeting asked by its name (十一届二次会议啥时候开的) is not told by a sentence where that name only qualifies another
meeting held for it (十一届二次会议预备会议, …总结会, …提案交办会) or its closing (…会议闭幕): each is an event of its own,
on a day of its own. Chronicles (大事记) and reports write all of them, one line each, and the name alone matches
them all as well as the line telling the meeting itself (政协某县第十一届委员会第二次会议在…召开).

Used by the answerer's ranking (rank_shifts.py) for a question asking when; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["meeting_within"]

# The asked meeting's name then another meeting's own words (预备会议, 总结会, 提案交办会), or its closing.
_WITHIN = re.compile(r"(?:会议)?(?:([^\W\d在于的和与及召举开由是将并为对上后前期间中]{1,6}?(?:会议|会))(?![\u4e00-\u9fff]?议)|(闭幕))")
# A meeting named in a question: a session written short (11届2次) or a word ending in 会议 / 会.
_MEETING_TERM = re.compile(r"\d+届\d+次|[\u4e00-\u9fff]{2,}(?:会议|会)")


def meeting_within(norm: str, terms, sentence: str) -> bool:
    """Whether every place the sentence names the meeting a when-question asks, it names another meeting held for it,
    or its closing, that the question does not ask."""
    names = [t.text for t in terms if _MEETING_TERM.fullmatch(t.text)]
    told = False
    for name in names:
        for at in (m.end() for m in re.finditer(re.escape(name), sentence)):
            within = _WITHIN.match(sentence, at)
            other = within and (within.group(1) or within.group(2))
            if not other or other in norm:
                return False  # the meeting itself (11届2次会议在…召开), or the one asked (预备会议 asked)
            told = True
    return told
