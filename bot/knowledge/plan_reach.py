"""A plan asked (今年打算搞多少场活动, 明年计划…) is told under the report's plan heading (2025年工作安排, 下一步
打算), often in one long paragraph of targets (主要目标是:…;全年开展…活动600场以上;…).  The search ranks such a
paragraph below the many results paragraphs that write the question's words more often, so it may never be read
closely: the best few passages under a plan heading join the search's, as a named committee's do.

Used by answer.py when it searches for the sentences to read.  General Chinese only (frames.py's plan words).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from .frames import PLAN, is_plan, question_mode
from .index import Hit

__all__ = ["PLAN_PASSAGES", "plan_searched"]

PLAN_PASSAGES = 5  # plan passages added at most: a plan section's best by the question's words
_PLANNED: WeakKeyDictionary = WeakKeyDictionary()  # each index's passages under a plan heading, found once


def plan_searched(index, tokens: list[str], k: int, norm: str) -> list[Hit]:  # noqa: ANN001 - a PassageIndex
    """The search's top ``k`` passages for ``tokens``; a plan asked (``norm``), the best passages under a plan
    heading join them, however many results passages write the question's words more."""
    hits = index.search(tokens, k)
    if question_mode(norm) != PLAN:
        return hits
    planned = _planned(index)
    if not planned:
        return hits
    seen = {hit.passage for hit in hits}
    vocab = index.bm25.vocab_dict
    known = [t for t in tokens if t in vocab]
    scores = index.bm25.scores(known) if known else {}
    extra = sorted(((p, score) for p, score in scores.items() if p in planned and p not in seen and score > 0),
                   key=lambda item: (-item[1], item[0]))[:PLAN_PASSAGES]
    return sorted(hits + [Hit(p, score) for p, score in extra], key=lambda hit: -hit.score) if extra else hits


def _planned(index) -> frozenset[int]:  # noqa: ANN001 - a PassageIndex
    """The passages of ``index`` under a heading of plans, read in their document's year."""
    found = _PLANNED.get(index)
    if found is None:
        found = _PLANNED[index] = frozenset(
            p for p in range(len(index.passages))
            if is_plan(index.section_norm[p], "", index.frames[index.passage_doc[p]].year))
    return found
