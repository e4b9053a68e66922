"""A sentence read as a summary: the sentence itself, or with the neighbour that spells it out or gives its
reason (the cause usually comes just before). ``self.index`` and ``self._occurrences`` are the reader's.

Used by the fact reader (reading.py) for what-, why- and how-questions that no person, place or amount answers.
"""

from __future__ import annotations

import re

from .question import KIND_WHY, QuestionAnalysis

__all__ = ["SummaryReading"]


class SummaryReading:
    """The summary half of the fact reader (reading.FactReader)."""

    def _fit_summary(self, q: QuestionAnalysis, p: int, s: int, sentence: str):
        """A summary is the sentence itself; a reason or a short sentence
        brings its neighbour in the paragraph (the cause usually comes just
        before: 王宏 thanks the committee after the 浒苔 account)."""
        sentences = self.index.sentence_norm[p]
        if s + 1 < len(sentences) and re.match(r"即|也就是|就是|包括|具体是|分别是", sentences[s + 1]):
            return 1.0, "", s + 1, 0.0  # the next sentence spells it out
        if q.kind != KIND_WHY and len(sentence) >= 40:
            return 1.0, "", None, 0.0
        neighbours = [k for k in (s - 1, s + 1) if 0 <= k < len(sentences)]
        if not neighbours:
            index = self.index
            following = p + 1
            if (
                q.kind == KIND_WHY and following < index.size and index.passage_doc[following] == index.passage_doc[p]
                and index.section_norm[following] == index.section_norm[p]
            ):
                # A one-sentence paragraph (王宏专程来到青岛市政协机关): what
                # it was for is told in the next one.
                return 1.0, "", (following, 0), 0.0
            return 1.0, "", None, 0.0

        def weight(k: int) -> float:
            return sum(q.terms[n].weight for n in {span[2] for span in self._occurrences(q, sentences[k])})

        extra = max(neighbours, key=lambda k: (weight(k) + (0.5 if q.kind == KIND_WHY and k < s else 0), -k))
        return 1.0, "", extra, 0.0
