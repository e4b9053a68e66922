"""A figure another committee's clause tells: 望某县政协报送量由2022年的26篇下降到22篇 in a city's report.

A city's report tells its counties' committees' figures beside its own (全年向省政协报送信息412条，比上年的365条…;
…某县政协报送量由2022年的26篇下降到22篇). A question naming no committee (2022年报给省政协的有多少条) asks the
report's own, though the county's clause writes the year asked and the city's only says 上年: a figure whose clause
opens with a committee named by a place no document is the committee of (its subject) is another's, unless the question names
that place or asks that level's committees (县政协报了多少).

Used by ``FigureReader._shape_score`` (figures.py); general Chinese only: committees by their level words.
"""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds

__all__ = ["other_committee_counted"]

# A committee named by its place and level (某县政协, 某区政协, 某市政协), not a general one (县政协, 各县区政协, 全市政协).
_NAMED_COMMITTEE = re.compile(r"([\u4e00-\u9fff]{2})(县|区|市)政协")
# Words opening a clause before its subject (其中, 另外, 此外).
_OPENING = re.compile(r"(?:其中|另外|此外|同时)?[,，]?")
# (每名县政协委员: every member, no county named 每名.)
_NO_PLACE = re.compile(r"^(?:各|全|本|我|该|其|两|几|每)|[各全本我该的在和与及、有共现是为到向对由从给被把了等级年月日度期]")
# A place a question names by its level (望某区, 某县), whatever follows.
_PLACE_ASKED = re.compile(r"([\u4e00-\u9fff]{2})(?:县|区|市)")


def other_committee_counted(question: str, sentence: str, quantity: Quantity, home_places, places=()) -> bool:  # noqa: ANN001
    """Whether the figure's clause opens with a committee of a place no loaded document is the committee of
    (``home_places``), and the question names no place (``places``: those it names, left to the checks of the
    place asked) nor that level's committees."""
    if places or any(not _NO_PLACE.search(m.group(1)) for m in _PLACE_ASKED.finditer(question)):
        return False  # 望某区社情民意报了多少篇: a place asked, whichever committee the sentence tells of
    start = clause_bounds(sentence, quantity.start)[0]
    m = _NAMED_COMMITTEE.match(sentence, start + len(_OPENING.match(sentence, start).group()))
    if not m or m.end() > quantity.start:
        return False  # no committee is the clause's subject (成员包括部分县政协常委 names none)
    place, level = m.group(1), m.group(2)
    if _NO_PLACE.search(place) or place in home_places or place in question:
        return False
    return not re.search(level + r"[(（]?[区县市]?[)）]?政协", question)  # 县政协报了多少: that level's asked
