"""An amount summing a list of kinds does not answer a question asking one of them.

A report often sums several kinds in one clause (开展专题协商、"请你来协商"和对口协商活动共6次) and tells
each kind apart elsewhere (全年开展对口协商3次). A member asking one kind (对口协商去年搞了几次) wants its own
figure: the summed one counts the others too. The kind asked is an item of the list when it stands right
beside a joining word (、 和 及 与), and an item next to it across that word names another kind (one not
holding the asked word: 专题协商、"请你来协商" both hold 协商, so 协商活动一共几次 is answered by the sum).
A question naming the other kind too (专题协商和对口协商一共几次) asks the sum.

Used by ``FactReader._fit_number`` (reading.py) with item_amounts.one_item_of_several: the amount ranks after
the others of its sentence and reads as a weak fit. General Chinese only.
"""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds
from .question import QuestionAnalysis

__all__ = ["kinds_summed"]

_JOINERS = "、和及与"
_QUOTES = "\"'“”‘’"
# The items of a list: the runs between joining words.
_ITEM = re.compile(f"[^{_JOINERS}]+")


def _items(lead: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ITEM.finditer(lead)]


def kinds_summed(q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
    """Whether the amount's own clause sums a list of kinds of which the question asks one only."""
    start, _ = clause_bounds(sentence, quantity.start)
    lead = sentence[start:quantity.start]
    if not any(j in lead for j in _JOINERS):
        return False
    items = _items(lead)
    for term in q.terms:
        if len(term.text) < 2:
            continue
        for word in term.equivalents:
            if len(word) < 2:
                continue
            at = lead.rfind(word)
            if at < 0:
                continue
            before, after = lead[:at].rstrip(_QUOTES)[-1:], lead[at + len(word):].lstrip(_QUOTES)[:1]
            n = next(i for i, (a, b) in enumerate(items) if a <= at < b)
            neighbours = ([items[n - 1]] if before and before in _JOINERS and n > 0 else []) + \
                ([items[n + 1]] if after and after in _JOINERS and n + 1 < len(items) else [])
            if any(_other_kind(lead[a:b], term.equivalents, q.norm) for a, b in neighbours):
                return True
    return False


def _other_kind(item: str, words: tuple[str, ...], question: str) -> bool:
    """Whether a listed item names a kind other than the asked one, and one the question does not name."""
    item = item.strip(_QUOTES + " ")
    if len(item) < 2 or any(w in item for w in words):
        return False
    return item[-4:] not in question  # the item's own noun (专题协商 of 全年围绕乡村振兴开展专题协商), not asked too
