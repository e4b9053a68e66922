"""The clause leading a breakdown (被省政协采用的87条信息中，第一季度17条，第二季度24条，…; 立案提案中，民建24件，…): each
item's amount counts what the lead clause tells, done by its deed (采用, 立案), though the item's own clause names
only its part (第二季度).  Asked 第二季度被采用了多少条, the item answers: the deed is told in its lead.

An item whose name is the very one asked (一季度 → 第一季度17条) is read before the lead's own total (87条), which
counts all the items, not the one asked.

Used by counting.py (``_deed_not_told``), counted_others.py and the fact reader (reading.py); general Chinese only.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["breakdown_lead", "item_named", "total_of_named_item"]

# An item of the breakdown: a short name and its amount (第二季度24条, 民建24件).
_ITEM = re.compile(r"^(?:其中)?[\u4e00-\u9fff()（）]{1,12}\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2}$")


def breakdown_lead(sentence: str, at: int) -> int | None:
    """Where the clause leading the breakdown the amount at ``at`` is an item of starts (the clause ending in 中),
    or None when the amount's clause is no such item."""
    a, b = clause_bounds(sentence, at)
    if not _ITEM.match(sentence[a:b]):
        return None
    while a > 0:
        prior = clause_bounds(sentence, a - 1)[0]
        text = sentence[prior:a - 1]
        if text.endswith("中"):
            return prior
        if not _ITEM.match(text) or sentence[a - 1] not in ",，、":
            return None
        a = prior
    return None


def item_named(sentence: str, at: int, words) -> bool:  # noqa: ANN001 - the question's words (each term's equivalents)
    """Whether the amount at ``at`` is an item of a breakdown named by one of the question's ``words`` in full."""
    a, b = clause_bounds(sentence, at)
    name = re.sub(r"^其中", "", sentence[a:at])
    return bool(_ITEM.match(sentence[a:b])) and breakdown_lead(sentence, at) is not None and name in words


def total_of_named_item(sentence: str, at: int, words) -> bool:  # noqa: ANN001 - the question's words
    """Whether the amount at ``at`` stands in the lead clause of a breakdown (…的87条信息中) one of whose items the
    question names in full, or by a word of its name that the lead and some other item do not write (专门委员会 of
    18项一般课题中,由县区政协承担7项,由各专门委员会承担6项 asked 专门委员会承担的一般课题有几个): the lead's total
    is all the items', not the one asked."""
    a, b = clause_bounds(sentence, at)
    if not sentence[a:b].endswith("中"):
        return False
    names = []
    for item in re.split(r"[,，、]", sentence[b + 1:]):
        if not _ITEM.match(item):
            break
        names.append(re.sub(r"^其中", "", re.sub(r"\d.*$", "", item)))
    lead = sentence[a:b]
    return any(name in words or any(len(w) >= 2 and w in name and w not in lead
                                    and not all(w in other for other in names) for w in words) for name in names)
