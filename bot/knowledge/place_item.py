"""One place's figure in a sentence listing several places' (甲区…最高,为4.06个;乙县最低,仅为1.74个): a question
naming one of them (乙县…多少) is answered from the item naming it, not from an item naming another place.
Items are parted by semicolons.  Used by reading.FactReader weighing a sentence's amounts; general Chinese only:
places by their kind words (县, 区, 市, 镇, 乡, 街道).
"""

from __future__ import annotations

import re

__all__ = ["other_place_item", "places_counted_with"]

# A place's name: two to four characters and its kind (not 全县, 各区, 县区, 社区, 城区…).
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?<![各全市县本该每城辖社山园景片小街])(?:县|区|市|镇|乡|街道)(?![委政人直级域])")


def other_place_item(words: list[str], sentence: str, start: int) -> bool:
    """Whether the question's place among ``words`` is named in ``sentence`` but not in the item (parted by
    semicolons) holding the amount at ``start``, which names another place instead."""
    asked = [w for w in words if _PLACE.fullmatch(w) and w in sentence]
    if not asked:
        return False
    a = sentence.rfind(";", 0, start) + 1
    b = sentence.find(";", start)
    item = sentence[a:b if b >= 0 else len(sentence)]
    if a == 0 and b < 0:
        return False  # no items: one clause of several does not part places
    return not any(w in item for w in asked) and bool(_PLACE.search(item))


# The kind of places an amount counts, right after it (4个区县, 3个乡镇（街道）).
_PLACES_KIND = re.compile(r"(?:区县|县区|县市区?|乡镇|街道|县|区|市|镇|乡)(?![道村路级])")
# A question counting places (有多少个乡镇, 几个区县).
_ASKS_PLACES = re.compile(r"(?:多少|几)个?" + _PLACES_KIND.pattern)


def places_counted_with(question: str, words: list[str], sentence: str, start: int, end: int) -> bool:
    """Whether the amount at ``start``..``end`` counts a list of places that names the question's place
    (甲区、乙县4个区县均有资料报送): how many places there are, not what the asked one did (乙县…为804件);
    unless places are what the question counts (乙县有多少个乡镇 → 乙县19个乡镇)."""
    if _ASKS_PLACES.search(question):
        return False
    if sentence[end - 1:end] != "个" or not _PLACES_KIND.match(sentence, end):
        return False  # 4个区县 counts places; 5条乡道 of a place is its own
    for w in words:
        if not _PLACE.fullmatch(w):
            continue
        at = sentence.rfind(w, 0, start)
        if at >= 0 and re.fullmatch(r"(?:、[\u4e00-\u9fff]{2,6}?)*", sentence[at + len(w):start]):
            return True
    return False
