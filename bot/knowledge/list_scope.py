"""The set a list of figures counts within, written before its first item in the same clause
(立案提案中经济建设类142件、社会事业类127件…): it is every item's, not the first item's own name.

Asked the whole (立案提案多少件), a question that names only that set names none of the items, so
an item is a part of what is asked and the total told elsewhere (立案438件) answers.
"""
from __future__ import annotations

import re

__all__ = ["after_scope", "scope_leads", "scoped_first"]

# A set of two characters or more closed by 中 / 里 / 当中 / 之中 (立案提案中, 集体提案里).
_SCOPE_LEAD = re.compile(r"[\u4e00-\u9fff]{2,}?(?:之中|当中|中|里)")


def after_scope(name: str, longest: int) -> str:
    """The first item's own name without the set the whole list counts within (立案提案中经济建设类 →
    经济建设类); the name as written when what would stay is no name of two characters or more, or is
    longer than every other item's name (``longest``): then 中 belongs to a word (县第一中学, 市中心医院)."""
    scope = _SCOPE_LEAD.match(name)
    rest = name[scope.end():] if scope else ""
    return rest if 2 <= len(rest) <= longest else name


def scope_leads(name: str, longest: int) -> bool:
    """Whether the first item's name opens with the set the whole list counts within (立案提案中委员个人提案):
    then even two items are parts of that set, whose total is told elsewhere."""
    return after_scope(name, longest) != name


def scoped_first(names: list[str]) -> list[str]:
    """A list's item names, the first without the set the whole list counts within (立案提案中委员个人提案203件；
    党派团体提案26件；… → 委员个人提案)."""
    if len(names) < 2:
        return names
    return [after_scope(names[0], max(len(name) for name in names[1:]))] + names[1:]
