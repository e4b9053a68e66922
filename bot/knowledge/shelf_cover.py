"""On a shelf, how much of a question a sentence told whole holds, with the question's words weighed over the
whole shelf.

Read alone, a report knows only its own words: a word of the question it never writes (一等奖, 批示 in a report that
has none) is noise to it, and a sentence holding the question's other words reads as a whole answer
(…被评为区政协2017年度优秀提案 for 优秀提案里获一等奖的是哪件).  The shelf knows the word (another report writes it)
and weighs it as the question's own.  A sentence told whole beside the first one told (a what-question has no
figure to compare) must hold about as much of the question, so weighed, as that one does.

For: each_alone.py.  General Chinese only.
"""

from __future__ import annotations

from .question import analyse

__all__ = ["ShelfCover", "COVER_MARGIN"]

# How much less of the question's weight a sentence told beside the first may hold (a word of little weight left out).
COVER_MARGIN = 0.15


class ShelfCover:
    """The question's terms as the shelf weighs them, and the share of their weight a sentence holds."""

    def __init__(self, index, norm: str) -> None:  # noqa: ANN001 - the shared PassageIndex
        q = analyse(norm, norm, index.segmenter, index)
        self.terms = [(tuple(t.equivalents) or (t.text,), t.weight) for t in q.terms if t.known]
        self.total = sum(weight for _, weight in self.terms)

    def share(self, sentence: str) -> float:
        """The share of the question's (known) weight the sentence writes; 1.0 when the question has no known word."""
        if not self.total:
            return 1.0
        return sum(weight for words, weight in self.terms if any(w in sentence for w in words)) / self.total

    def holds_as_much(self, sentence: str, first: str) -> bool:
        """Whether ``sentence`` holds about as much of the question as ``first`` does."""
        return self.share(sentence) >= self.share(first) - COVER_MARGIN
