"""Names listed before 等 and the kind of people they are (甲某、乙某、丙某等市政协领导分别带队, 甲某、乙某等委员参加):
the 等 and the word of people after it say each item is a person, with no post written before any of them and
no count after them (people.py reads 甲某、乙某2名委员 by its count).

Used by people.py (``find_person_names``); general Chinese only.
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["names_before_kind"]

# The list opens its clause (after a mark or the sentence's start), two or more items of two or three characters,
# then 等 and, within a few characters (a body's level: 市政协), a word of people.
_LISTED_BEFORE_KIND = re.compile(
    r"(?:^|[，,：:；;])([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)等(?=[\u4e00-\u9fff]{0,5}?(?:领导|委员|同志|专家|代表))")


def names_before_kind(sentence: str, trim: Callable[[str], str | None]) -> set[str]:
    """Each name of a list the sentence closes with 等 and a word of people, where every item reads as a name by
    ``trim`` (a listed surname and a given name, no stop character: people.py's name trimming) just as written."""
    found: set[str] = set()
    for match in _LISTED_BEFORE_KIND.finditer(sentence):
        listed = match.group(1).split("、")
        if all(trim(item) == item for item in listed):
            found.update(listed)
    return found
