"""Declining a question: the "not found" answer, with questions the documents answer that are close
to it (the pooled questions of suggestions.py, each checked by answering it before it is offered).

A mixin of ``Answerer`` (answer.py), which sets ``index``, ``settings``, ``_verified`` (pooled questions
checked) and ``_ranking`` (the pool's ranking, made on first need) and answers a part with ``_answer_part``.
"""

from __future__ import annotations

import re

from bot import texts
from .faq_match import bigrams
from .normalize import normalize_text
from .pool_ranking import PoolRanking
from .values import Answer

__all__ = ["Declining"]

# The words every suggestion of a kind shares say nothing of how close it is to a question.
_SUGGESTION_FRAME = re.compile(r"方面做了哪些工作|做了哪些工作|多少")
# A decline checks a few new suggestions by answering them (the rest are remembered); on a large
# knowledge base each check costs as much as a whole answer there, so fewer per decline.
_CHECKED_PASSAGES = 2000


class Declining:
    """The declined answer and its suggestions (a mixin of ``Answerer``)."""

    def _declined(self, confidence: float, norm: str, text: str | None = None) -> Answer:
        suggestions = tuple(self.suggest(norm)) if text is None else ()
        if text is None:
            lines = [texts.DECLINED]
            if suggestions:
                lines.append(texts.DECLINED_SUGGESTIONS)
                lines += [texts.DECLINED_SUGGESTION_ITEM.format(number=i, question=s) for i, s in enumerate(suggestions, 1)]
            lines.append(texts.DECLINED_HANDOFF)
            text = "\n".join(lines)
        return Answer(
            answered=False, text=text, fact="", sentence="", sources=(), confidence=round(min(confidence, 1.0), 3),
            passage_id=None, kind="declined", suggestions=suggestions,
        )

    def suggest(self, norm: str, count: int | None = None) -> list[str]:
        """Questions the documents answer, the closest to ``norm`` first (character
        bigrams shared), no two made from the same paragraph.  Each is checked by
        answering it before it is offered."""
        count = count or self.settings.suggestion_count
        pool = self.index.question_pool
        if not pool:
            return []
        ranked = self._pool_ranking().ranked(bigrams(norm), count * 8)
        chosen: list[str] = []
        used: set[int] = set()  # the paragraphs the chosen ones were made from
        # Checking a question costs an answer: a few new checks per decline (the rest are remembered).
        budget = max(1, (count + 1) * _CHECKED_PASSAGES // max(self.index.size, _CHECKED_PASSAGES))
        for i in ranked:
            origin = self.index.question_origins[i]
            if origin.first in used:
                continue  # varied: not three questions about the same paragraph
            question = pool[i]
            if question not in self._verified:
                if budget == 0:
                    continue
                budget -= 1
            if self._answers_own(i):
                chosen.append(question)
                used.add(origin.first)
            if len(chosen) == count:
                break
        return chosen

    def _pool_ranking(self) -> PoolRanking:
        if self._ranking is None:
            self._ranking = PoolRanking.of_index(self.index, _SUGGESTION_FRAME)
        return self._ranking

    def _answers_own(self, i: int) -> bool:
        """Whether the bot answers pooled question ``i`` with what it was made from:
        the very amount from the same document, or a passage of the heading's section."""
        question = self.index.question_pool[i]
        ok = self._verified.get(question)
        if ok is None:
            origin = self.index.question_origins[i]
            result = self._answer_part(normalize_text(question))
            ok = result.answered and result.passage is not None
            if ok and origin.fact:
                same_document = self.index.passage_doc[result.passage] == self.index.passage_doc[origin.first]
                ok = same_document and origin.fact in result.fact
            elif ok:
                ok = origin.first <= result.passage <= origin.last
            self._verified[question] = ok
        return ok
