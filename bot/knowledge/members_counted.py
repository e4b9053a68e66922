"""Declining by reason the members of a group asked by who (特约监督员都是谁, 先进个人分别是谁) where the
sentence only counts them: 聘请特约监督员15名 tells how many were hired, and the leader named a clause
away (由副主席某某带队) or the body that honoured them (常委会决定…对先进个人15名予以表彰) is none of
them. A sentence naming them (the one chosen listed A、B, 分别是 / 包括 / 名单 / a colon after it) answers
and is kept.

Used by asked_untold.untold_doubt on a person chosen; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["one_of_counted_told", "only_members_counted"]

# Several people asked by the group's noun, at the question's end (都是谁, 分别是谁, 有哪些人, 都有谁).
_ASKS_MEMBERS = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:都是谁|分别是谁|都有谁|有哪些人|是哪些人|都有哪些人|都是哪些人)[?!。]*$")
# A count of people or of the holders of a post: 15名, 63个, 8位, 20人.
_COUNT = r"(?<![\d.])\d+[名位人个]"
# What names them after the counting clause: 分别是, 包括, 名单, 即, a colon.
_NAMES_AFTER = re.compile(r"^[^,;。]{0,4}(?:分别是|分别为|包括|名单|即|[:：])")


def only_members_counted(norm: str, fact: str, shown: str) -> bool:
    """Whether the question ``norm`` asks who the members of a group are, and ``shown`` only counts the
    group (its counting clause and the clause after it naming none), so ``fact`` is someone beside them."""
    asked = _ASKS_MEMBERS.search(norm)
    if not asked or not fact:
        return False
    group = asked.group(1)
    tail = next((group[-k:] for k in range(len(group), 1, -1) if group[-k:] in shown), None)
    if tail is None:
        return False
    clauses = re.split(r"(?<=[,;。!?])", shown)
    counted = re.compile(re.escape(tail) + _COUNT + "|" + _COUNT + r"[^,;。]*" + re.escape(tail))
    at = next((n for n, c in enumerate(clauses) if counted.search(c)), -1)
    if at < 0:
        return False
    if any(_NAMES_AFTER.search(c) for c in clauses[at:at + 2]):
        return False  # 增补委员3名，分别是…
    if "、" in fact:
        return False  # several people answered: the sentence lists them (甲、乙、丙3名委员获评…)
    name = fact.split("（")[0]
    return not re.search(re.escape(name) + "、|、" + re.escape(name), shown)  # 聘请张三、李四等5名监督员


# The list word a group is asked by (优秀委员的名单都有谁): the group is the words before it.
_LIST_WORD = re.compile(r"的?名单$|的$")
# The shortest end of the group's noun read for its count (优秀委员, 监督员; not 委员, which every report counts).
_GROUP_AT_LEAST = 3


def one_of_counted_told(norm: str, fact: str, text: str) -> bool:
    """Whether the question ``norm`` asks who all the members of a group are, the answer names one person
    (``fact``), and the report (``text``) counts the group as more (评选"某某之星"优秀委员20名 told, one of them
    named: 某某…被评为"某某之星"优秀委员): one example is not the list."""
    asked = _ASKS_MEMBERS.search(norm)
    if not asked or not fact or "、" in re.sub(r"（[^）]*）", "", fact):
        return False  # (several named: 甲、乙; one's posts in brackets are no more people)
    group = _LIST_WORD.sub("", asked.group(1))
    for size in range(len(group), _GROUP_AT_LEAST - 1, -1):
        tail = group[-size:]
        counts = re.findall(re.escape(tail) + r"(\d+)[名位人]", text)
        if counts:
            return any(int(n) >= 2 for n in counts)
    return False
