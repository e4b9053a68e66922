"""The people a who-question is answered with when a sentence names several as one: the names written one
after another (何某、王某、赵某3名委员被评为…), all the holders of
the post asked, written with the very same post (副召集人刘某(…)和副召集人孙某(…) → 刘某、孙某 for 副召集人
是谁), or all the people a sentence lists after 分别是 (增补委员2名，分别是…赵某和…杜某 → 赵某、杜某).

Used by the sentence reader (reading.py ``FactReader._fit_person``); general Chinese only.
"""

from __future__ import annotations

import re

from .facts import Person
from .post_words import holds

# Words that spell out the members of a set just counted (增补委员2名，分别是…): the names after them.
_SPELLED_OUT = re.compile(r"分别是|分别为|分别由")
# What ends the run of a listing (the next sentence part).
_RUN_END = re.compile(r"[;；。!?！？]")


def fellow_people(sentence: str, people: list[Person], person: Person, posts: list[str]) -> list[Person]:
    """The people named with ``person`` as the answer (themselves included, in order), or [person]."""
    run = _joined_run(sentence, people, person)
    if len(run) > 1:
        return run
    for post in posts:
        held = _held_part(person.role, post)
        if held:
            same = [x for x in people if _held_part(x.role, post) == held]
            if len({x.name for x in same}) > 1:
                return _distinct(same)
    listed = [x for x in people if _listed_with(sentence, x, person)]
    if len({x.name for x in listed}) > 1:
        return _distinct(listed)
    return [person]


def fellows_role(sentence: str, fellows: list[Person], posts: list[str]) -> str:
    """The role to write beside ``fellows``: the post asked that all hold, as their roles write it
    (副召集人); for names written one after another, the role written before them (副主任许某、钱某);
    else none (those after 分别是 each have their own)."""
    for post in posts:
        held = {_held_part(x.role, post) for x in fellows}
        if len(held) == 1 and "" not in held:
            return held.pop()
    joined = all(_joined(sentence, a, b) for a, b in zip(fellows, fellows[1:]))
    return next((x.role for x in fellows if x.role), "") if joined else ""


def _held_part(role: str, post: str) -> str:
    """The part of a role that holds the post (副召集人 of 副召集人、市供销合作社副主任), or ''."""
    return next((part for part in role.split("、") if holds(part, post)), "")


def _joined_run(sentence: str, people: list[Person], person: Person) -> list[Person]:
    """The names written one after another with only 、 / 和 between them (何某、王某、赵某3名委员)."""
    ordered = sorted(people, key=lambda x: x.start)
    at = next(i for i, x in enumerate(ordered) if x is person)
    first = last = at
    while first > 0 and _joined(sentence, ordered[first - 1], ordered[first]):
        first -= 1
    while last + 1 < len(ordered) and _joined(sentence, ordered[last], ordered[last + 1]):
        last += 1
    return _distinct(ordered[first:last + 1])


def _joined(sentence: str, before: Person, after: Person) -> bool:
    return after.start == before.end + 1 and sentence[before.end] in "、和及与"


def _listed_with(sentence: str, other: Person, person: Person) -> bool:
    """Whether both stand after the same 分别是 with nothing ending the listing between."""
    marker = None
    for match in _SPELLED_OUT.finditer(sentence, 0, min(other.start, person.start)):
        marker = match
    if marker is None:
        return False
    end = max(other.end, person.end)
    return _RUN_END.search(sentence, marker.end(), end) is None


def _distinct(people: list[Person]) -> list[Person]:
    seen: set[str] = set()
    ordered = []
    for x in sorted(people, key=lambda x: x.start):
        if x.name not in seen:
            seen.add(x.name)
            ordered.append(x)
    return ordered
