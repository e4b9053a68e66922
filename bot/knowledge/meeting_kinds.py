"""The kind of meeting a figure is of: a committee's plenary session (全体会议, 全会, 大会, 11届3次会议), its standing
committee's meetings (常委会议, 常委会会议, 常务委员会会议) or its chairs' meetings (主席会议).  Reports tell each
kind's attendance side by side (全体会议出席率96.2%; 常委会议平均出席率93.2%; 第13次常委会议出席率为87.8%); a
question naming one kind (全会出席率是多少, 常委会议出席率力争多少) is not answered by a figure whose clause, or
whose sentence where the clause names none, tells only of another kind.

Used by counted_others.py (``counts_others``); general Chinese only (the meetings every committee holds).
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["other_meeting"]

# Each kind by the words naming it; the standing committee's and the chairs' first, as they end in 会议 too.
_KINDS = (
    ("standing", re.compile(r"常委会议|常委会会议|常务委员会会议|常委会(?!委员)")),
    ("chairs", re.compile(r"主席会议|主席办公会")),
    ("plenary", re.compile(r"全体会议|全会|大会|\d+届\d+次会议|第\d+届委员会第\d+次会议")),
)


def _kinds(text: str) -> set[str]:
    found, rest = set(), text
    for kind, words in _KINDS:
        if words.search(rest):
            found.add(kind)
            rest = words.sub("|", rest)  # 常委会议 is no plenary 会议 once read
    return found


def other_meeting(question: str, sentence: str, at: int) -> bool:
    """Whether the question names one kind of meeting and the figure at ``at`` is of another only: its clause names
    other kinds, or names none and the sentence names only other kinds."""
    asked = _kinds(question)
    if len(asked) != 1:
        return False
    a, b = clause_bounds(sentence, at)
    told = _kinds(sentence[a:b]) or _kinds(sentence)
    return bool(told) and not told & asked
