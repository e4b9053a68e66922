"""Which figure of a sentence a question's qualifier binds: the one in the clause that names it.

A sentence telling several counts of one kind (…人民政协报头版刊登我市稿件5篇；…其中某某日报刊发312篇，
某某新闻网发布稿件370篇) answers a question naming the outlet, platform or publication (某某日报刊发稿件多少篇)
with the figure whose own clause names it, not with one whose clause only writes the counted noun (稿件5篇)
beside its figure. A qualifier is a word of the question other than what it counts: the outlet, the deed.

The act a question asks by one character (文集收了多少篇论文) binds first: the figure whose clause writes it
(收录优秀论文35篇), not one beside it counting what another act did (征集论文83篇), whatever else they name.

Each item of an enumeration (甲杂志采用36篇、乙日报采用47篇) is a clause of its own here. Used by the fact
reader (reading.py) when it weighs the figures of a sentence; general Chinese only.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .asked_act import act_told
from .facts import Quantity
from .question import QuestionAnalysis

__all__ = ["qualifier_elsewhere", "qualifiers_of", "unbound_figure"]

_ITEM_BOUNDS = re.compile(r"[,，;；。:：!！?？、]")
# A qualifier that tells clauses apart weighs this much at least (政协 of 人民政协报, in every clause, does not).
_MIN_WEIGHT = 1.0


def _item(sentence: str, quantity: Quantity) -> str:
    """The clause or enumeration item holding the figure."""
    starts = [m.end() for m in _ITEM_BOUNDS.finditer(sentence, 0, quantity.start)]
    end = _ITEM_BOUNDS.search(sentence, quantity.end)
    return sentence[starts[-1] if starts else 0:end.start() if end else len(sentence)]


def _named(item: str, qualifiers: list[tuple[tuple[str, ...], float]]) -> float:
    return sum(weight for words, weight in qualifiers if any(w in item for w in words))


def qualifier_elsewhere(qualifiers: Iterable[tuple[tuple[str, ...], float]], sentence: str, quantity: Quantity,
                        quantities: list[Quantity], answers: Callable[[Quantity], bool]) -> bool:
    """Whether another figure of the sentence, of the kind asked (``answers``), stands in a clause naming more of the
    question's ``qualifiers`` (each its words and weight; the counted noun left out) than the figure's own clause."""
    kept = [(tuple(w for w in words if len(w) >= 2), weight) for words, weight in qualifiers if weight >= _MIN_WEIGHT]
    kept = [(words, weight) for words, weight in kept if words]
    if not kept or len(quantities) < 2:
        return False
    own = _named(_item(sentence, quantity), kept)
    return any(other is not quantity and answers(other) and _named(_item(sentence, other), kept) > own
               for other in quantities)


def qualifiers_of(q: QuestionAnalysis, head: tuple[str, ...], equivalents: Callable[[str], Iterable[str]]):
    """The question's terms other than what it counts (its noun after 多少, or the term last before it), each its
    equivalents and weight."""
    counted = set(head) | set(equivalents(q.counted) if q.counted else ())
    return [(t.equivalents, t.weight) for t in q.terms if not counted & set(t.equivalents)]


def unbound_figure(question: str, qualifiers, sentence: str, quantity: Quantity, quantities: list[Quantity],
                   answers: Callable[[Quantity], bool]) -> bool:  # noqa: ANN001 - qualifiers_of's list
    """Whether another figure of the kind asked binds the question's words rather than this one: its clause writes the
    act asked and this one's does not; or, the act not telling them apart, its clause names more qualifiers."""
    own = _item(sentence, quantity)
    others = [other for other in quantities if other is not quantity and answers(other)]
    if not act_told(question, own) and any(act_told(question, _item(sentence, other)) for other in others):
        return True
    if act_told(question, own) and not all(act_told(question, _item(sentence, other)) for other in others):
        return False  # the act binds it, whatever another clause names
    return qualifier_elsewhere(qualifiers, sentence, quantity, quantities, answers)
