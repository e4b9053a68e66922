"""Place names: the gazetteer of places.txt (济南, 崂山区) and the bodies a place has (市政协,
县委).  A question's word that names a place or a place's organisation is an entity: it says
which committee is meant, not what is asked.  Also the eight democratic parties, as reports write
them short (民盟某市委): the 党派 a question asks of.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .segment import Segmenter

HOME_BODIES = frozenset("市 县 区 州 政协 市政协 县政协 区政协 人大 市委 县委 区委 政府 市政府 县政府 区政府".split())
PLACES_PATH = Path(__file__).resolve().parent / "places.txt"
ORG_SUFFIXES = ("政协", "人大", "政府", "市委", "省委", "区委", "县委", "党委", "委员会", "人大常委会")
# The democratic parties by the short names reports write before their local body (民盟璟某区委会,
# 九三学社某县支社), and how a question names them as a kind (哪个党派, 哪个民主党派).
PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")
PARTY_KINDS = ("民主党派", "党派")


@lru_cache(maxsize=1)
def gazetteer_places() -> frozenset[str]:
    """The place names of places.txt (lines starting with # are comments)."""
    names = set()
    for line in PLACES_PATH.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            names.update(line.split())
    return frozenset(names)


def is_place(word: str, segmenter: Segmenter | None = None) -> bool:
    """Whether ``word`` names a place from the gazetteer (济南, 上海市, 崂山区)."""
    places = gazetteer_places()
    if word in places:
        return True
    stem = re.sub(r"(?:省|市|区|县|新区)$", "", word)
    return len(stem) >= 2 and stem in places


def is_organisation_of_place(word: str) -> bool:
    """上海市政协, 山东省人大: a place followed by an organisation."""
    if not word.endswith(ORG_SUFFIXES):
        return False
    for length in range(2, min(6, len(word))):
        if is_place(word[:length]):
            return True
    return False


__all__ = ["HOME_BODIES", "ORG_SUFFIXES", "PARTIES", "PARTY_KINDS", "is_place", "is_organisation_of_place"]


def without_places(text: str, places, leading: bool = False) -> str:  # noqa: ANN001 - any iterable of names
    """A body's name without the places that only say whose it is (鹭原市委 → 市委): every one of them,
    longest first; or, ``leading``, only one written at its start (芷汀界别 → 界别)."""
    ordered = sorted(places, key=lambda x: (-len(x), x))  # a set: ties by the string
    if leading:
        return next((text[len(place):] for place in ordered if text.startswith(place)), text)
    for place in ordered:
        text = text.replace(place, "")
    return text
