"""Whether the sentence answering a question about one term of a committee (十届市政协, 第八届) gives
another term's figure.

A question may name the term it asks of (十届市政协委员共有多少名, 八届市政协五年立案多少件). A term
review delivered at the first session of the next term tells both: 九届市政协共有委员438名 is the
ninth term's, no answer for the tenth; 五年来立案1893件，比八届市政协增加312件 names the eighth term
only as the baseline the figure is compared with, so 1893 is not the eighth term's either.  A sentence
naming no term at all is left alone (the report's own term goes without saying).  Sessions
(十届二次会议) are another mark, read by heads.py and told.py.

The term before may be asked by its place, not its number (上一届市政协有多少委员, 上届委员多少名): a sentence
giving the present term's figure (本届市政协共有委员432名, 界别现有委员38名) and naming no other term does not
answer it; one writing 上届 or a numbered term (9届市政协…立案1602件) is left to the rest.

For: the doubt of ``Checks`` (checks.py).  General Chinese only; text as normalised (十届 → 10届).
"""

from __future__ import annotations

import re
from typing import Sequence

from .facts import clause_bounds

__all__ = ["PREVIOUS_TERM", "baseline_term_asked", "other_term_told", "present_term_told", "previous_term_unnamed",
           "terms_compared_with"]

# A term, as normalised (10届, 第10届), not a session of it (10届2次) nor a part of a longer number, nor the term
# pointed at (新1届, 这1届, 本1届, 每1届: 新一届 is the present one, no first term; 上1届, 前1届, 下1届 are the
# term before or after, no first term either: PREVIOUS_TERM reads them).
_TERM = re.compile(r"(?<![\d新这本该每上前下])(\d+)届(?!\d+次)")
# A term written as the baseline of a comparison (比8届, 较上届的, 与9届相比): the figure is not that term's.
_BASELINE_BEFORE = re.compile(r"(?:比|较|同|与|相比)第?$")
# The term before asked as the one the figure is of (上1届市政协, 上届委员), not as a baseline (比上届多多少).
_PREVIOUS_ASKED = re.compile(r"(?<![比较同与和])(?:上1?届|前1届)")
# The present term: the report's own (本届), or what a body has now (现有委员, 现任).
_PRESENT = re.compile(r"本届|现有|现任")
# Any other term a sentence may name (上届, 9届, 第10届, 换届前).
_ANY_TERM = re.compile(r"上1?届|前1届|\d+届|换届前")


def _terms(text: str) -> list[tuple[str, bool]]:
    """The terms a text names, each with whether it stands as a comparison's baseline (比8届, 较第8届)."""
    found = []
    for match in _TERM.finditer(text):
        start = match.start() - 1 if match.start() and text[match.start() - 1] == "第" else match.start()
        found.append((match.group(1), bool(_BASELINE_BEFORE.search(text[max(0, start - 3):start]))))
    return found


# The term before, as a question names it (上届, 上1届, 前1届).
PREVIOUS_TERM = re.compile(r"上1?届|前1届")
_COMPARED_TERM = re.compile(r"(?:比|较)(第?\d+届)(?!\d+次)")


def terms_compared_with(text: str) -> tuple[str, ...]:
    """How a text names the term before, asked as 上届: each numbered term it compares with (比第10届的395名)."""
    return tuple(dict.fromkeys(m.group(0) for m in _COMPARED_TERM.finditer(text)))


# The value of a numbered term given as a comparison's base, right before it (比第10届的395名, 较9届的32个).
_BASE_OF_TERM = re.compile(r"(?:比|较)第?(\d+)届的$")


def baseline_term_asked(question: str, lead: str) -> bool:
    """Whether the words ``lead`` before a figure give it as a numbered term's value, the base of a comparison
    (比第10届的395名), and the question asks of that term (第10届有几个界别): the figure is that term's."""
    base = _BASE_OF_TERM.search(lead)
    return bool(base) and any(number == base.group(1) and not baseline for number, baseline in _terms(question))


def other_term_told(question: str, shown: str, fact: str = "", words: Sequence[Sequence[str]] = ()) -> bool:
    """True when the question names a term and the answering sentence gives another term's figure: it names
    another term and not the asked one, or names the asked one only as a comparison's baseline.  A term the
    question compares with (比8届增加了多少) is not the one it asks of, and a term the sentence names only as
    its baseline (立案1893件，比8届增加312件) leaves the figure the report's own term's; but the ``fact`` given as
    the base itself (比第8届的395名) is that term's, when the sentence tells all the question's ``words`` (each
    a term's equivalents; not 8届党员占比 by 女委员…比第8届的22.7%)."""
    at = shown.find(fact) if fact else -1
    if at >= 0 and baseline_term_asked(question, shown[:at]) and all(
            any(e in shown or _TERM.search(e) for e in told) for told in words):
        return False
    asked = {number for number, baseline in _terms(question) if not baseline}
    told = _terms(shown)
    if not asked or not told:
        return False
    if any(number in asked and not baseline for number, baseline in told):
        return False  # the asked term is told as the figure's own
    if any(number in asked for number, _ in told):
        return True  # 比8届市政协增加312件 for 8届
    return any(not baseline for _, baseline in told)  # 9届市政协共有委员438名 for 10届


def present_term_told(question: str, shown: str) -> bool:
    """True when the question asks of the term before (上1届) and the sentence gives the present one's figure
    (本届…432名, 现有委员38名), naming no other term."""
    return bool(_PREVIOUS_ASKED.search(question)) and bool(_PRESENT.search(shown)) and not _ANY_TERM.search(shown)


def previous_term_unnamed(question: str, shown: str, fact: str) -> bool:
    """True when the question asks of the term before (上届研究生学历委员多少) and the amount's clause names no
    term at all (其中研究生学历117名): a report's figure that names none is its own term's, which goes without
    saying; the term before is named where its figure is told (上届的…, 比第10届的22.7%…).  An amount not found
    in ``shown`` is left alone."""
    at = shown.find(fact) if fact else -1
    if at < 0 or not _PREVIOUS_ASKED.search(question):
        return False
    start, end = clause_bounds(shown, at)
    return not _ANY_TERM.search(shown[start:end]) and not _TERM_LEAD.match(shown[:start])


# A sentence opening on a term's span (13届市政协期间(2017-2021年),…累计…): every figure after it is that term's.
_TERM_LEAD = re.compile(r"[^,，。;；]*?(?:上1?届|前1届|\d+届)[^,，。;；]*?(?:期间|以来|任内|5年|五年)")
