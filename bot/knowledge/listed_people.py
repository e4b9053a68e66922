"""The people a who-question is answered with when a sentence names several as one: the names written one
after another (何某、王某、赵某3名委员被评为…), all the holders of
the post asked, written with the very same post (副召集人刘某(…)和副召集人孙某(…) → 刘某、孙某 for 副召集人
是谁), or all the people a sentence lists after 分别是 (增补委员2名，分别是…赵某和…杜某 → 赵某、杜某).
A post the question qualifies (专职副主任, 兼职副主任, 常务副主席) is answered by its holders alone, among
a list of the post's kinds (副主任3名，分别为专职副主任邬某，兼职副主任程某（…）、霍某（…）): the post written
before a run of names joined by 、 is held by each of them, though each has a bracket of their own.

Used by the sentence reader (reading.py ``FactReader._fit_person``); general Chinese only.
"""

from __future__ import annotations

import re

from .people import Person
from .post_words import holds

# Words that spell out the members of a set just counted (增补委员2名，分别是…): the names after them.
_SPELLED_OUT = re.compile(r"分别是|分别为|分别由")
# What ends the run of a listing (the next sentence part).
_RUN_END = re.compile(r"[;；。!?！？]")
# A post qualified by how it is held (专职副主任, 兼职副主任, 常务副主席, 驻会副主任, 执行主席): a kind of the post.
_QUALIFIED = re.compile(r"(?:专职|兼职|常务|驻会|分管|执行)副?(?:主任|主席|秘书长|召集人|组长|会长|院长|校长|部长|局长|"
                        r"书记|理事长|主委|委员)")
# A bracket of the person's own after a name (程某（区律师协会会长）), then 、 or 和 before the next name.
_BRACKET_THEN_JOIN = re.compile(r"(?:[(（][^()（）]{0,24}[)）])?[、和及与]$")


def asked_posts(norm: str, role_words: list[str]) -> list[str]:
    """The posts a who-question asks: the qualified ones it writes (专职副主任) first, then its role words."""
    # 副召集人 asked: its word 召集人 names no post asked (the 召集人 told first is not a deputy).
    return [m.group(0) for m in _QUALIFIED.finditer(norm)] + [w for w in role_words if f"副{w}" not in role_words]


def _qualified_holders(sentence: str, people: list[Person], person: Person, post: str) -> list[Person]:
    """The holders of a qualified post (``post``, held by ``person``): those whose role holds it, and those
    written after one of them joined by 、 with only a bracket of their own between (兼职副主任程某（…）、霍某（…）)."""
    ordered = sorted(people, key=lambda x: x.start)
    found = []
    for n, x in enumerate(ordered):
        if _held_part(x.role, post) or (found and found[-1] is ordered[n - 1]
                                        and _BRACKET_THEN_JOIN.search(sentence[ordered[n - 1].end:x.start])):
            found.append(x)
    return _distinct(found) if person in found else [person]


def fellow_people(sentence: str, people: list[Person], person: Person, posts: list[str]) -> list[Person]:
    """The people named with ``person`` as the answer (themselves included, in order), or [person]."""
    posts = [p for p in posts if p not in ("文", "成员")]  # (文/王某 is a byline, 成员 a member: no post)
    for post in (p for p in posts if _QUALIFIED.fullmatch(p)):
        if _held_part(person.role, post):  # 专职副主任 asked: its holders, not every 副主任 listed
            return _qualified_holders(sentence, people, person, post)
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
        if _QUALIFIED.fullmatch(post) and _held_part(fellows[0].role, post):
            return _held_part(fellows[0].role, post)  # 兼职副主任程某（…）、霍某（…）: the post before them all
        held = {_held_part(x.role, post) for x in fellows}
        if len(held) == 1 and "" not in held:
            return held.pop()
    joined = all(_joined(sentence, a, b) for a, b in zip(fellows, fellows[1:]))
    return next((x.role for x in fellows if x.role), "") if joined else ""


def run_role(sentence: str, people: list[Person], person: Person) -> str:
    """The post written right before the first of a run of names joined by 、 (副会长甲某、乙某、丙某), which each
    of them holds, for ``person`` of that run; '' when none is written so (a post in brackets after the first
    name, 甲某（某局局长）、乙某, is the first one's own)."""
    run = _joined_run(sentence, people, person)
    first = run[0]
    if len(run) < 2 or first is person or not first.role or not sentence.endswith(first.role, 0, first.start):
        return ""
    return first.role


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
