"""How sure an answerer can at most be of a question, read before the close reading of its sentences.

A report read on its own beside the others (each_alone.py) is asked every question the shelf is asked, and
only its answer is read there, never its decline: where no sentence it would read closely can reach the
threshold, the close reading (reading.py: the fact, its fit, the doubts) is skipped.  The bound multiplies
only what the first pass already knows and every later factor is at most 1 (fit, plan or result, period,
doubts), so skipping never changes an answer; it only saves the time of reading a report that declines.
"""

from __future__ import annotations

from typing import Sequence

from .question import QuestionAnalysis

__all__ = ["READ_CLOSELY", "reachable"]

# The sentences of the first pass read closely for their fact (the best-covered ones, down to half the best).
READ_CLOSELY = 16


def reachable(answerer, q: QuestionAnalysis, scored: Sequence[tuple], spec_ref: float, places: set[str],  # noqa: ANN001
              own_members: bool, counted_unknown: bool) -> float:
    """The highest confidence any sentence the answerer reads closely can reach: ``scored`` sorted as it reads them
    (coverage, matched weight, passage, sentence, …, numbers told), each as sure as its coverage, the question's
    words it holds and its committee named allow (answer.py's ``spec``), less what the first pass already doubts
    (a number asked not told, another level's committee, a counted thing the documents never name, slips mended)."""
    floor = scored[0][0] * 0.5
    bound = 0.0
    for coverage, matched, p, s, _, numbers_ok, _ in scored[:READ_CLOSELY]:
        if coverage < floor:
            break
        sentence = answerer.index.sentence_norm[p][s]
        asked_of = set(answerer.checks.frame(p).places) if own_members else places
        named_here = 0.5 * spec_ref if answerer._names_own_committee(asked_of, p, sentence) else 0.0
        value = coverage * min(1.0, (matched + named_here) / spec_ref) ** 0.5
        if not numbers_ok:
            value *= 0.35
        if answerer.checks.other_level(q, p, sentence, places):
            value *= 0.4
        bound = max(bound, value)
    # A hair above, so that rounding (the answerer multiplies its factors in another order) never skips a reading.
    return bound * 0.97 ** q.corrections * (0.4 if counted_unknown else 1.0) * (1 + 1e-9)
