"""A question naming one item of a list asks that item's figure, in whatever measure word of the asked
class the document writes it.

Members count events in any measure word of a class (几次 / 几场 / 几回), and documents mix them in one
list (全年安排专题协商会4场、常委会会议协商3次、对口协商会10场): asked 专题协商会开几次, the item named
(专题协商会4场) answers, not the one figure written in the very measure word asked (常委会会议协商3次).
``FactReader._fit_number`` (reading.py) prefers the measure word asked over the others of its class;
this module tells which figure keeps its place beside it because the question names its item.

Members count events by 次 where documents count them by 项 or 件 (牵头完成专题调研4项 for 专题调研搞了几次): a
figure in 项 / 件 answers a question asking 几次 when the words right before it end in the very event the
question names (专题调研4项; not 调研课题5项, a count of topics).

An item is named when the question writes a piece of its name (two characters or more) that no other
item's name holds, and no other item is named by a longer such piece: 专题协商会 tells 全年安排专题协商会
4场 from 对口协商会10场, whose 协商会 every item shares.
"""

from __future__ import annotations

from typing import Callable

from .list_names import listed_names
from .facts import Quantity
from .question import QuestionAnalysis

__all__ = ["named_in_class", "outranked_by_measure", "counts_asked_events"]

# A question asking a total over the items names none of them (一共开了几次协商会).
_TOTAL_WORDS = ("一共", "总共", "合计", "共计", "总计", "加起来", "全部", "所有")


def _telling_piece(question: str, name: str, others: list[str]) -> int:
    """The length of the longest piece of the item's name that the question writes and no other
    item's name holds (0 when none of two characters or more)."""
    for size in range(len(name), 1, -1):
        for at in range(len(name) - size + 1):
            piece = name[at:at + size]
            if piece in question and not any(piece in other for other in others):
                return size
    return 0


def named_in_class(question: str, sentence: str, in_class: Callable[[Quantity], bool]) -> int | None:
    """The start of the figure whose list item the question names, among the sentence's list items with
    figures of the asked class (``in_class``); None when the question names none, several alike, or asks
    their total."""
    if any(w in question for w in _TOTAL_WORDS):
        return None
    names = listed_names(sentence, in_class)
    if len(set(names.values())) < 2:
        return None
    told = {at: _telling_piece(question, name, [n for n in names.values() if n != name])
            for at, name in names.items()}
    best = max(told.values())
    picked = [at for at, size in told.items() if size == best]
    return picked[0] if best >= 2 and len(picked) == 1 else None


def outranked_by_measure(q: QuestionAnalysis, sentence: str, quantities: list[Quantity],
                         compatible: Callable[[QuestionAnalysis, Quantity], bool]) -> set[int]:
    """The starts of the figures the very measure word asked outranks (多少篇 → 1篇 over 建议12条): those in
    another measure word when the sentence writes one in the asked word; never a change in points, nor the
    figure whose list item the question names (named_in_class), among those that answer the measure asked or
    count the event named (counts_asked_events)."""
    unit = q.unit
    if unit in (None, "个") or not any(_in_measure(x, unit) for x in quantities):
        return set()
    named = named_in_class(q.norm, sentence, lambda x: counts_asked_events(q, sentence, x, compatible))
    return {x.start for x in quantities
            if not _in_measure(x, unit) and not x.unit.endswith("百分点") and x.start != named}


def _in_measure(quantity: Quantity, unit: str) -> bool:
    """Whether the amount is written in the measure word asked, in any of its parts: a merged amount
    (接待来访团组13批217人次) tells 13批 as surely as a plain 13批 would."""
    return any(u.startswith(unit) for u in (quantity.units or (quantity.unit,)))


# Measure words documents count events by that a question asking 几次 names otherwise (专题调研4项).
_EVENT_COUNTS = ("项", "件")
_LINKS = "共计达到为了完成开展组织"


def counts_asked_events(q: QuestionAnalysis, sentence: str, quantity: Quantity,
                        compatible: Callable[[QuestionAnalysis, Quantity], bool]) -> bool:
    """Whether the figure answers the measure asked (``compatible(q, quantity)``), or is a count in 项 / 件 of the very
    event a question asking 几次 names right before it (专题调研4项)."""
    if compatible(q, quantity):
        return True
    if q.unit_class != "次" or quantity.unit not in _EVENT_COUNTS:
        return False
    before = sentence[:quantity.start].rstrip(_LINKS)
    return any(len(t.text) >= 2 and before.endswith(t.text) and t.text in q.norm for t in q.terms)
