"""How sure an answerer can at most be of a question, read before the close reading of its sentences.

A report read on its own beside the others (each_alone.py) is asked every question the shelf is asked, and
only its answer is read there, never its decline: where no sentence it would read closely can reach the
threshold, the close reading (reading.py: the fact, its fit, the doubts) is skipped.  The bound multiplies
only what the first pass already knows and every later factor is at most 1 (fit, plan or result, period,
doubts), so skipping never changes an answer; it only saves the time of reading a report that declines.

A sentence's fit counts too where the kind asked weighs it (a number, a person, a date: answer.py's ``_fit_factor``):
the sentences that could reach the threshold are read closely first, the surest first, and each is then bounded by
its own fit; a report none of whose sentences reaches it, fit weighed, declines without the others read.  A sentence
read so is read no more: the answerer takes its reading from ``read`` (the reader's readings depend only on the
question and the sentence, so reading them in another order reads them alike).
"""

from __future__ import annotations

from typing import Sequence

from .question import QuestionAnalysis

__all__ = ["READ_CLOSELY", "reachable"]

# The sentences of the first pass read closely for their fact (the best-covered ones, down to half the best).
READ_CLOSELY = 16


def reachable(answerer, q: QuestionAnalysis, scored: Sequence[tuple], spec_ref: float, places: set[str],  # noqa: ANN001
              own_members: bool, counted_unknown: bool, read: dict | None = None) -> float:
    """The highest confidence any sentence the answerer reads closely can reach: ``scored`` sorted as it reads them
    (coverage, matched weight, passage, sentence, …, numbers told), each as sure as its coverage, the question's
    words it holds and its committee named allow (answer.py's ``spec``), less what the first pass already doubts
    (a number asked not told, another level's committee, a counted thing the documents never name, slips mended).
    With ``read`` (a dict), the sentences that could reach the threshold are read closely, the surest first, until one
    reaches it with its fit weighed: each reading is kept in ``read`` by (passage, sentence), and what is returned
    bounds the sentences read by their fit, the others as above."""
    bounds = _bounds(answerer, q, scored, spec_ref, places, own_members, counted_unknown)
    if read is None or not bounds:
        return max((value for value, _, _ in bounds), default=0.0)
    threshold = answerer.settings.threshold
    highest = 0.0
    unread = sorted(bounds, key=lambda bound: -bound[0])
    while unread and unread[0][0] >= threshold and highest < threshold:
        value, p, s = unread.pop(0)
        reading = read[(p, s)] = answerer.reader.fit(q, p, s, answerer.index.sentence_norm[p][s])
        highest = max(highest, value * answerer._fit_factor(q.kind, reading[0]))  # a factor of the confidence, at most 1
    return max([highest] + [value for value, _, _ in unread])


def _bounds(answerer, q: QuestionAnalysis, scored: Sequence[tuple], spec_ref: float, places: set[str],  # noqa: ANN001
            own_members: bool, counted_unknown: bool) -> list[tuple[float, int, int]]:
    """(bound, passage, sentence) of each sentence the answerer reads closely (see ``reachable``)."""
    floor = scored[0][0] * 0.5
    bounds = []
    # A hair above, so that rounding (the answerer multiplies its factors in another order) never skips a reading.
    overall = 0.97 ** q.corrections * (0.4 if counted_unknown else 1.0) * (1 + 1e-9)
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
        bounds.append((value * overall, p, s))
    return bounds
