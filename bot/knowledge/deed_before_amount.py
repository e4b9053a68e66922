"""Choosing among a sentence's amounts by the deed a question names before what it counts.

A sentence often counts one kind of thing twice, by two deeds, the second written with its verb alone
right before the amount (共收到提案2147件，经审查立案1893件; 建成工作站52个，其中2021年新建13个). A question
naming a deed before the thing it counts (立案提案多少件, 新建工作站几个) asks the amount written right after
that deed; an amount of the same kind whose clause names none of the question's deeds counts what
another deed was done to (收到, 建成).

Used by reading.FactReader._fit_number; general Chinese only.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .patterns import pattern
from .facts import Quantity, clause_bounds
from .question import QuestionAnalysis

__all__ = ["deed_told_elsewhere"]

_HOW_MANY = re.compile(r"多少|几")
# Words that may stand between a deed and its amount (立案1893件, 新建了13个, 共计接待38批次).
_LINK = r"(?:了|共|共计|累计|总计|合计|达到?|约|近|为|计)*"
# Words leading a clause that narrows the count told before it (经审查, 其中, 2021年, 当年).
_NARROWING = r"(?:其中|经审查|经审核|经|当年|今年|去年|全年|(?:19|20)\d\d年)*"


def _asked_deeds(q: QuestionAnalysis, head: Sequence[str]) -> list[tuple[str, ...]]:
    """The question's words of two characters or more written before the thing it counts (``head``,
    the term last before 多少 / 几), other than that thing: the deeds it may be counted by."""
    asked = _HOW_MANY.search(q.norm)
    if asked is None or not head:
        return []
    at = min((q.norm.find(h) for h in head if 0 <= q.norm.find(h) < asked.start()), default=-1)
    if at < 0:
        return []
    # The deed is written right before the thing counted (立案提案, 新建委员工作站: other words of it between).
    return [tuple(e for e in (t.text, *t.equivalents) if len(e) >= 2) for t in q.terms
            if len(t.text) >= 2 and not any(t.text in h for h in head)
            and 0 <= (start := q.norm.find(t.text)) < at and _only_terms(q.norm[start + len(t.text):at], q)]


def _only_terms(between: str, q: QuestionAnalysis) -> bool:
    """Whether the words between a deed and the thing counted are the question's own terms (委员 of
    新建委员工作站), or nothing."""
    for t in sorted(q.terms, key=lambda t: -len(t.text)):
        between = between.replace(t.text, "")
    return between in ("", "的")


def _right_after_deed(words: Sequence[str], sentence: str, quantity: Quantity) -> bool:
    """Whether the amount's clause is the deed alone before it, led at most by words that narrow a count
    told before (经审查立案1893件, 其中2021年新建13个), not a clause of its own (共收到提案586件)."""
    a, _ = clause_bounds(sentence, quantity.start)
    before = sentence[a:quantity.start]
    return any(pattern(_NARROWING + re.escape(w) + _LINK).fullmatch(before) for w in words)


def deed_told_elsewhere(q: QuestionAnalysis, head: Sequence[str], sentence: str, quantity: Quantity,
                        quantities: Sequence[Quantity], compatible: Callable[[Quantity], bool]) -> bool:
    """Whether another amount of the sentence, of the kind asked, is written right after a deed the
    question names before what it counts, and the clause of ``quantity`` names none of that deed's words
    (立案提案多少件: not 收到提案2147件 beside 立案1893件)."""
    a, b = clause_bounds(sentence, quantity.start)
    if not any(h in sentence[a:quantity.start] for h in head):
        return False  # the amount's clause does not name the thing counted by another deed (收到提案2147件)
    for words in _asked_deeds(q, head):
        if not words or any(w in sentence[a:b] for w in words):
            continue
        if any(other.start > quantity.start and compatible(other) and _right_after_deed(words, sentence, other)
               and not _names_head(head, sentence, other) for other in quantities):
            return True  # …，立案1893件: the deed alone before its amount, counting the thing named before
    return False


def _names_head(head: Sequence[str], sentence: str, quantity: Quantity) -> bool:
    a, b = clause_bounds(sentence, quantity.start)
    return any(h in sentence[a:b] for h in head)
