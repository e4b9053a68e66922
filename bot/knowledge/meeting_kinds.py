"""The kind of meeting a figure is of: a committee's plenary session (全体会议, 全会, 大会, 11届3次会议), its standing
committee's meetings (常委会议, 常委会会议, 常务委员会会议) or its chairs' meetings (主席会议).  Reports tell each
kind's attendance side by side (全体会议出席率96.2%; 常委会议平均出席率93.2%; 第13次常委会议出席率为87.8%); a
question naming one kind (全会出席率是多少, 常委会议出席率力争多少) is not answered by a figure whose clause, or
whose sentence where the clause names none, tells only of another kind.  Nor by one the kinds listed together
count as one (常委会议、主席会议、专题协商会议共有43次实行无纸化: 主席会议开了几次 asks one kind's own), unless each
has it (分别) or the total is asked (一共, 加起来, or two kinds named).

Used by counted_others.py (``counts_others``); general Chinese only (the meetings every committee holds).
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["other_meeting", "plenary_untold"]

# Each kind by the words naming it; the standing committee's and the chairs' first, as they end in 会议 too.
_KINDS = (
    ("standing", re.compile(r"常委会议|常委会会议|常务委员会会议|常委会(?!委员)")),
    ("chairs", re.compile(r"主席会议|主席办公会")),
    ("plenary", re.compile(r"全体会议|全会|大会(?!发言)|\d+届\d+次会议|第\d+届委员会第\d+次会议")),
)


def _kinds(text: str) -> set[str]:
    found, rest = set(), text
    for kind, words in _KINDS:
        if words.search(rest):
            found.add(kind)
            rest = words.sub("|", rest)  # 常委会议 is no plenary 会议 once read
    return found


# The total asked, or each kind's own told: no one kind's share to miss.
_TOTAL_ASKED = re.compile(r"共|合计|总计|加起来|总数|一起")
_EACH = re.compile(r"分别|各|均|都")
# A figure counting meetings: its digits, then 次 or 场.
_MEETINGS_COUNTED = re.compile(r"[\d.]+余?[次场]")


def other_meeting(question: str, sentence: str, at: int) -> bool:
    """Whether the question names one kind of meeting and the figure at ``at`` is of another only: its clause names
    other kinds, or names none and the sentence names only other kinds; or of several kinds listed together."""
    asked = _kinds(question)
    if len(asked) != 1:
        return False
    a, b = clause_bounds(sentence, at)
    told = _kinds(sentence[a:b]) or _kinds(sentence)
    if told and not told & asked:
        return True
    # The kinds written before the figure since the last one (召开常委会议4次、主席会议10次: 10次 is the chairs' alone).
    # Only a count of meetings (次, 场) is the meetings' own: 在全体会议和常委会议上作发言不少于10篇 counts speeches.
    listed = re.split(r"\d", sentence[a:at])[-1]
    return bool(_MEETINGS_COUNTED.match(sentence, at)) and len(_kinds(listed)) > 1 and not _EACH.search(listed) and not _TOTAL_ASKED.search(question)


# A plenary session asked by its number (十一届一次会议, 二次会议 → 11届1次会议, 2次会议), no other kind named.
_PLENARY_ASKED = re.compile(r"(?:\d+届)?第?\d+次(?:全体)?会议")
_PLENARY_TOLD = re.compile(r"(?<![|第\d])(?:\d+届)?第?\d+次(?:全体)?会议")


def plenary_untold(question: str, sentence: str) -> bool:
    """Whether the question asks a plenary session by its number (十一届二次会议啥时候开) and the sentence tells only
    of the standing committee's or the chairs' meetings (11届常委会第2次会议, 常委会会议): another meeting."""
    if not _PLENARY_ASKED.search(question) or _kinds(question) - {"plenary"}:
        return False
    told = _kinds(sentence)
    if not told & {"standing", "chairs"} or "plenary" in told:
        return False
    rest = sentence
    for kind, words in _KINDS[:2]:
        rest = words.sub("|", rest)
    return not _PLENARY_TOLD.search(rest)
