"""Whether a text names a kind of event a question asks about (专题协商会, 座谈会), as a
meeting or as the act it is held for: 开展专题协商 (or 3次专题协商) tells a 专题协商会 as surely as the noun does.

Used by the subject check (checks.py, names_subject); not for which event of a kind is meant
(its qualifiers are checked there).
"""

from __future__ import annotations

import re
from typing import Iterable

# Heads that name a kind of event of their own (a 推进会 is no 专题会议); 会议, 活动, 调研 name any.
_EVENT_KINDS = frozenset({"专题协商会", "协商会", "座谈会", "交流会", "推进会", "培训班", "展览", "论坛"})
# Verbs that hold an event: 开展专题协商, 进行座谈, 举行协商 tell the event by its act.
_HOLDING = ("开展", "进行", "举行", "组织")


def names_event_kind(head: str, equivalents: Iterable[str], where: str) -> bool:
    """Whether ``where`` names the event kind ``head`` (or an equivalent), or the act of a 会
    right after a verb that holds it; true for a head that names no kind of its own (会议, 活动)."""
    return head not in _EVENT_KINDS or any(e in where for e in equivalents) or held_as_act(head, where)


def held_as_act(head: str, where: str) -> bool:
    """Whether ``where`` tells a 会 by its act after a verb that holds it (开展专题协商), or counted
    (3次专题协商, 今年分量最重的1次协商): each one held is an event of the kind; or by a longer name of the kind
    (a 协商座谈会 or 协商议事会 is a 协商会)."""
    stem = head[:-1] if head.endswith("会") else ""
    return len(stem) >= 2 and (any(verb + stem in where for verb in _HOLDING)
                               or re.search(rf"\d+(?:次|场){re.escape(stem)}", where) is not None
                               or re.search(rf"{re.escape(stem)}(?:座谈|议事|交流|恳谈|推进|论证)会", where) is not None)
