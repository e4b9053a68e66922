"""Each report's passages, in order, found in one pass over the shelf and kept on the index.

Readers that need a whole report at question time (the sentences telling someone left a post, whether a
report is a chronicle, a report's whole text, its first passages) asked for them by walking every passage of
the shelf: a few milliseconds per report on a thousand reports, for each report a question touches.
"""

from __future__ import annotations

__all__ = ["doc_passages"]


def doc_passages(index, doc: int) -> tuple[int, ...]:  # noqa: ANN001 - a PassageIndex
    """The passages of report ``doc``, in order (none for a report the index does not hold)."""
    grouped = index.__dict__.get("_doc_passages")
    if grouped is None:
        found: dict[int, list[int]] = {}
        for p, d in enumerate(index.passage_doc):
            found.setdefault(d, []).append(p)
        grouped = index.__dict__["_doc_passages"] = {d: tuple(ps) for d, ps in found.items()}
    return grouped.get(doc, ())

