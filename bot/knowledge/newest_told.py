"""Naming no document (去年立案多少件), which of several reports answers: the newest one that answers
nearly as well as the best, its amount of the thing counted and the question's words about as near it.

A mixin of ``Checks`` (checks.py), which sets ``index``, ``threshold`` and ``_recency`` (worked out once);
``tells_as_much`` and ``AMOUNT_WINDOW`` are read by others_told.py and each_alone.py too.
"""

from __future__ import annotations

from .breakdown_parts import total_before
from .counted_words import counted_phrase
from .question import QuestionAnalysis
from .values import Result

__all__ = ["AMOUNT_WINDOW", "NewestAnswer", "tells_as_much"]

# Naming no document, a newer report's confident amount answers before an older one worded closer; both shown.
AMOUNT_WINDOW = 0.3
_CLOSENESS_WINDOW = 0.4


class NewestAnswer:
    """Which of several reports answers a question naming none (a mixin of ``Checks``)."""

    def recency(self) -> dict[int, float]:
        """Per document, how new it is among those loaded, in [0, 1] (by the year it reports on); the
        documents of an index never change, so it is worked out once."""
        if self._recency is None:
            years = {doc: frame.year for doc, frame in enumerate(self.index.frames) if frame.year is not None}
            low, high = min(years.values(), default=0), max(years.values(), default=0)
            self._recency = {doc: (year - low) / (high - low) for doc, year in years.items()} if high > low else {}
        return self._recency

    def newest_answer(self, best: Result, best_rank: float, per_document: dict, recency: dict,
                      q: QuestionAnalysis | None = None) -> tuple[Result, float]:
        """Naming no document, a question is answered from the newest one that answers it nearly as well."""
        window = AMOUNT_WINDOW if best.kind == "number" else 0.06
        fair = [(recency.get(doc, 0.0), rank, result) for doc, (rank, result) in per_document.items()
                if rank >= best_rank - window and result.confidence >= self.threshold and tells_as_much(result, best)
                and self.tells_counted(q, result, best)]
        if not fair:
            return best, best_rank
        newest, rank, result = max(fair, key=lambda item: (item[0], item[1]))
        if self.index.passage_doc[result.passage] == self.index.passage_doc[best.passage]:
            return best, best_rank
        return result, rank

    def tells_counted(self, q: QuestionAnalysis | None, other: Result, best: Result) -> bool:
        """Whether another document's sentence speaks of the thing counted as the best one's does:
        each word of the question's counted phrase (界别 报送 社情民意信息, 聘请 营商环境 监督员) that the
        best sentence has stands in it too, or at least one of its characters does, as documents word a
        verb their own way (获 for 获得, 编报 for 报送) but not the thing (特约监督员 is no 营商环境监督员)."""
        if q is None or other.passage is None or best.passage is None:
            return True
        mine = self.index.sentence_norm[best.passage][best.sentence]
        theirs = self.index.sentence_norm[other.passage][other.sentence]  # with the total it breaks down:
        theirs += "\n" + total_before(self.index.sentence_norm[other.passage], other.sentence)  # 从内容看，…152件
        before, after = counted_phrase(q)
        for term in before + after:
            if any(e in mine for e in term.equivalents) and not any(e in theirs for e in term.equivalents) \
                    and (term in after or not any(c in theirs for c in term.text)):
                return False  # the noun after 多少 (多少场协商活动) is no verb worded another way
        return True


def tells_as_much(other: Result, best: Result) -> bool:
    """Whether another document's answer reads as well as the best one's: its amount is of the
    thing counted (立案186件, not 4件提案…承办单位 for 承办单位), and the question's words stand about
    as near it (not an amount at the far end of a sentence about the 议事室 asked)."""
    return other.fit >= best.fit and other.closeness >= best.closeness - _CLOSENESS_WINDOW
