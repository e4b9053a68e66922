"""A question naming one person as the owner of a thing and asking who else acted on it: 郜某那件提案是谁
督办的, 王某提的建议由哪位领导批示; or as the one another did a deed for (谁给闵某委员工作室授的牌).  The person named only tells which thing is meant (their proposal); the
one asked is another person written with the deed, never the named one.

Used by the who-reading (person_reading.py); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["named_as_owner"]

# After the name: what marks it as the owner of the thing (那件, 提的, 的提案).
_OWNER_MARK = r"(?:委员|同志|代表)?(?:那件|这件|那项|这项|那个|那条|那篇|提的|提出的|写的|牵头的|的)"
# A person asked after it (是谁, 哪位, 哪个领导).
_ASKS_WHO = re.compile(r"谁|哪位|哪1位|哪一位|哪个人|哪个领导|哪位领导")
# Before the name, right after the person asked: the named one is who the deed was done for or to (谁给闵某…授的牌).
_FOR = r"(?:给|为|向|帮|替)"


def named_as_owner(norm: str, names) -> bool:
    """Whether every name the question writes is the owner of a thing, a person asked after it."""
    if not names:
        return False
    for name in names:
        if re.search(_ASKS_WHO.pattern.join(("(?:", ")" + _FOR + re.escape(name))), norm):
            continue  # 谁给闵某委员工作室授的牌: the one asked did it for the named person
        mark = re.search(re.escape(name) + _OWNER_MARK, norm)
        if mark is None or not _ASKS_WHO.search(norm, mark.end()):
            return False
    return True
