"""Names joined by 和 beside a post (副主席严书和的具体指导下, 副主任王立平和李海燕带队).

和 is both a common last character of a given name (严书和, 许家和) and the conjunction joining two
people.  Where 的 or a punctuation mark follows it, it ends the name: a conjunction never stands
right before 的 or a mark.  Where a second name follows it, that name shares the post written before
the first (副主任王立平和李海燕: two 副主任), as reports list several holders of one post.
Used by facts.py (find_person_names, find_people).
"""

from __future__ import annotations

import re
from dataclasses import replace

# What follows a name ending in 和, never a conjunction: 的, or a mark (严书和的指导, 许家和、王平).
_AFTER_A_NAME = ("的",) + tuple("、，,。；;：:）)")
_JOINERS = "和与及"
# The second of two names joined after a post (王立平和李海燕带队): two or three characters, then
# a deed, a mark or 的, read by the caller's name trimming.
_SECOND = re.compile(r"[和与及]([\u4e00-\u9fff]{2,3})")


def and_ends_name(following: str) -> bool:
    """Whether a name's last 和 is its own: 的 or a punctuation mark follows it (严书和的)."""
    return following.startswith(_AFTER_A_NAME)


# A surname and the next character this common in the general dictionary are a word (周边, 王府, 高度).
_WORD_FLOOR = 500


def joined_names(sentence: str, names: set[str], trim, word_frequency=None) -> set[str]:
    """Names joined by 和 / 与 / 及 right after a name of ``names`` (王立平和李海燕): each that
    ``trim`` (facts._trim_name: a surname, no stop character) keeps, its first two characters no
    common word (主任张涛和周边群众: 周边).  None without ``word_frequency`` to tell."""
    found: set[str] = set()
    if word_frequency is None:
        return found
    for name in names:
        at = sentence.find(name)
        while at >= 0:
            match = _SECOND.match(sentence, at + len(name))
            if match:
                second = trim(match.group(1), sentence[match.end(1):match.end(1) + 3])
                if second and second not in names and word_frequency(second[:2]) < _WORD_FLOOR:
                    found.add(second)
            at = sentence.find(name, at + 1)
    return found


def share_joined_posts(people: list, sentence: str) -> list:
    """People with no post of their own written right after another's name and a joiner (副主任王立平和
    李海燕): the post of the one before."""
    shared = []
    for person in people:
        if not person.role and person.start > 0 and sentence[person.start - 1] in _JOINERS:
            before = next((o for o in shared if o.end == person.start - 1 and o.role), None)
            if before is not None:
                person = replace(person, role=before.role)
        shared.append(person)
    return shared
