"""The places a question names without the level its committee's report writes them with.

frames.question_places reads a committee's or a city's place from a loaded report's home place, or from a
2-character name written before 市/区/县/州 and a body (某某市政协, 某某县委).  Members write a well-known place bare
(上海政协主席是谁, 山东人大), or with 省 (山东省政协), and a neighbour some report tells of by its name alone
(a report writes 桃溪区政协, a member asks of 桃溪政协).  Each is a place all the same: the question is about that
place's committee, and a passage that never names it (a sentence on the national chairman, another county's own
chairman) does not answer it.

Read here, for frames.question_places:
- a gazetteer place (places.txt: provinces, big cities, countries), bare or with its level, right before a body
  of a place (政协, 人大, 政府, 省委, 市委 …), or written with its level anywhere (上海市, 山东省);
- a 2-character name right before such a body (bare or with a level) that the loaded reports write as a place,
  with its level and a body of it opening a clause (桃溪区政协主席率队…), given their text.

General Chinese only: no report's word is listed here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .gazetteer import gazetteer_places

__all__ = ["bare_places", "written_places"]

_LEVEL = r"(?:省|市|区|县|州|自治区|特别行政区)"
# A body of a place written right after its bare name (上海政协, 山东人大, 黑龙江省委).
_BODY = r"(?:政协|人大|政府|党委|省委|市委|县委|区委|州委|常委会)(?!员)"  # 县委员: the county's 委员, no 县委
# …or after its level (山东省政协, 上海市委, 广州市长): 委员 is a member, no 委.
_LEVEL_BODY = r"(?:政协|人大|政府|委(?!员)|长)"
_THEN_BODY = re.compile(rf"{_LEVEL}?{_BODY}|{_LEVEL}{_LEVEL_BODY}")
_THEN_LEVEL = re.compile(_LEVEL)
# A 2-character name right before a body, bare or with its level.
_NAME_THEN_BODY = re.compile(rf"(?=([\u4e00-\u9fff]{{2}})(?:{_LEVEL}?{_BODY}|{_LEVEL}{_LEVEL_BODY}))")
_LEVEL_CHARS = re.compile(r"[省市区县州]")
# A place a report writes as one, with its level and a body of it, opening a clause (桃溪区政协主席率队…, 。桃溪县委…):
# not a word's tail (召开县政协常委会 names no 召开), as frames._HOME reads a report's own place.
_WRITTEN = re.compile(rf"(?<![\u4e00-\u9fff\d])([\u4e00-\u9fff]{{2}}){_LEVEL}(?={_LEVEL_BODY})")


# The corpus of a shelf and of each report read alone on it (each_alone.py: up to 60) is read once: a smaller cache
# would read every report's whole text again for each question.
@lru_cache(maxsize=128)
def written_places(corpus: str, not_a_place: Callable[[str], bool] = lambda name: False) -> frozenset[str]:
    """The 2-character places a corpus writes as places: with their level, before a body of theirs."""
    return frozenset(m.group(1) for m in _WRITTEN.finditer(corpus)
                     if not _LEVEL_CHARS.search(m.group(1)) and not not_a_place(m.group(1)))


@lru_cache(maxsize=1)
def _by_first_character() -> dict[str, tuple[str, ...]]:
    """The gazetteer's places under their first character, each list longest first (吉林市 before 吉林)."""
    found: dict[str, list[str]] = {}
    for name in sorted(gazetteer_places(), key=len, reverse=True):
        found.setdefault(name[0], []).append(name)
    return {first: tuple(names) for first, names in found.items()}


def _longest_first(norm: str) -> list[str]:
    """The gazetteer's places that may stand in ``norm`` (their first character does), longest first: a question is
    short and the gazetteer long, so only these are looked for."""
    table = _by_first_character()
    names = [name for first in set(norm) for name in table.get(first, ())]
    return sorted(names, key=len, reverse=True)


def bare_places(norm: str, taken: list[tuple[int, int]], corpus: str = "",
                not_a_place: Callable[[str], bool] = lambda name: False) -> set[str]:
    """The places the normalised question ``norm`` names that ``taken`` (spans of places already read) does not
    cover: gazetteer places before a body or with their level, and names before a body that the reports' ``corpus``
    writes as places (written_places).  ``not_a_place`` rules out words read as names (去年, 担任: frames.NOT_A_PLACE)."""
    found: set[str] = set()
    spans = list(taken)

    def free(start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in spans)

    for name in _longest_first(norm):  # 吉林市 before 吉林
        at = norm.find(name)
        while at >= 0:
            end = at + len(name)
            if free(at, end) and (_THEN_BODY.match(norm, end) or (_THEN_LEVEL.match(norm, end) and not name.endswith("市"))):
                found.add(name[:-1] if name.endswith("市") else name)
                spans.append((at, end))
            at = norm.find(name, at + 1)
    written = written_places(corpus, not_a_place) if corpus else frozenset()
    for match in _NAME_THEN_BODY.finditer(norm):
        name, at = match.group(1), match.start(1)
        if name in written and free(at, at + 2):
            found.add(name)
            spans.append((at, at + 2))
    return found
