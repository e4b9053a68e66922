"""Which other documents' answers are worth telling beside the chosen one.

Naming no document, a question several reports answer is told from each of them: this
module finds the other documents' answers worth telling beside the chosen (newest) one and
puts them in the order a member reads them.  Not for choosing the chosen one (newest_told.py).
"""

from __future__ import annotations

from .newest_told import AMOUNT_WINDOW, tells_as_much
from .index import PassageIndex
from .question import QuestionAnalysis
from .values import Result

# Naming no document, every report that answers is told in the first line: at most so many, to keep it one line,
# where the shared index answers alone (a shelf beyond each_alone.EACH_ALONE_UP_TO; below it each_alone tells all).
TOLD_AT_MOST = 9
# Naming no document, a passage's rank leans this much toward the newest report (times its recency in [0, 1]).
RECENCY_BONUS = 0.04


def tells_other(index: PassageIndex, other: Result, best: Result) -> bool:
    """Whether another document's answer says something else: another fact, or, where both
    answer with a whole sentence (围绕什么开展 has no figure to compare), another sentence."""
    if other.fact or best.fact:
        return bool(other.fact) and other.fact != best.fact
    return index.sentence_norm[other.passage][other.sentence] != index.sentence_norm[best.passage][best.sentence]


def newest_first(index: PassageIndex, others: list[Result]) -> list[Result]:
    """Other documents' answers in the order a member reads a shelf of reports: the newest report
    first (by the year it reports on), equally new ones as well matched first (the order given)."""
    return sorted(others, key=lambda other: -(index.frames[index.passage_doc[other.passage]].year or 0))


def newest_kept(index: PassageIndex, others: list[Result], keeps, at_most: int = TOLD_AT_MOST - 1) -> list[Result]:  # noqa: ANN001
    """The first ``at_most`` of the answers ``keeps`` keeps, newest first (``newest_first``).  The order is a stable
    sort, which keeping some does not change: only the answers read before the last one kept are tested (a test is
    the doubts on an answer, over a shelf of a thousand reports many)."""
    kept: list[Result] = []
    for other in newest_first(index, others):
        if len(kept) >= at_most:
            break
        if keeps(other):
            kept.append(other)
    return kept


def other_documents(checks, best: Result, best_rank: float, per_document: dict, recency: dict,
                    q: QuestionAnalysis | None = None) -> list[Result]:
    """Other documents that answer nearly as well with another fact, the best first: the answer
    tells each (the same question asked of three committees' reports has three answers).  One
    matched at least as well as the chosen one before the lean toward the newest is told however
    its figure stands (经济领域…协商活动19次 from the economic committee's report, when a newer
    report was chosen): the best match is never left out."""
    index = checks.index
    mine = index.passage_doc[best.passage]
    window = AMOUNT_WINDOW if best.kind == "number" else 0.08
    own_rank = best_rank - RECENCY_BONUS * recency.get(mine, 0.0)
    found: list[Result] = []
    for doc, (rank, other) in sorted(per_document.items(), key=lambda item: -item[1][0]):
        if doc == mine or rank < best_rank - window or other.confidence < checks.threshold:
            continue
        if not tells_other(index, other, best) or not checks.tells_counted(q, other, best):
            continue
        if tells_as_much(other, best) or rank - RECENCY_BONUS * recency.get(doc, 0.0) >= own_rank:
            found.append(other)
    return found
