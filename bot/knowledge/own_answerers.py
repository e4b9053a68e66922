"""Each report's own answerer on a shelf (each_alone.py), and which reports a question is asked of.

Up to ``EACH_ALONE_UP_TO`` reports, every report is read on its own for every question and every report's own
index stays open (each costs some five megabytes: eighty of them about four hundred).  Past it, a question is asked
only of the ``EACH_ALONE_UP_TO`` reports the shared index ranks highest for its words (each report ranked by its
best passage), and only so many reports' own indexes are kept open, the most recently asked: the others are opened
again from their cache on disk when a question needs them.  So a shelf one report past the cap reads nearly as it
did below it (one report's own reading at stake, for the questions that rank it last), where it used to lose every
report's own reading at once; and its memory stays that of the cap.

Measured on the bench's shelf of sixty reports (bench/qa/generalisation.py's together mode, 600 questions): a
report whose own answer is told ranks within the top 32 by the shared index for all but 1.7 % of them, within the
top 16 for all but 6.6 %: reading only the top-ranked reports below the cap would lose answers, so it is done only
past it, where the choice is between some reports' own readings and none.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from .answer import Answerer, AnswerSettings
from .documents import SourceDocument
from .index import PassageIndex
from .segment import Segmenter

__all__ = ["EACH_ALONE_UP_TO", "OwnAnswerers", "ranked_reports"]

# Every report read on its own for every question up to so many reports (a committee's shelf of a decade beside its
# neighbours'); past it, the so many the shared index ranks highest for the question.
EACH_ALONE_UP_TO = 80
# How many passages of the shared index are looked at to rank the reports past the cap.
_RANKED_PASSAGES = 4000


class OwnAnswerers(Sequence):
    """Report ``n``'s own answerer at ``[n]``: opened when first asked for (built into its cache folder the first
    time), the ``keep`` most recently asked for kept open."""

    def __init__(self, documents: Sequence[SourceDocument], folders: Sequence[Path], settings: AnswerSettings,
                 keep: int) -> None:
        self._documents = list(documents)
        self._folders = list(folders)
        self._settings = settings
        self._keep = keep
        self._open: OrderedDict[int, Answerer] = OrderedDict()

    def __len__(self) -> int:
        return len(self._documents)

    def __getitem__(self, doc: int) -> Answerer:  # type: ignore[override]
        if not 0 <= doc < len(self._documents):
            raise IndexError(doc)
        answerer = self._open.get(doc)
        if answerer is None:
            folder = self._folders[doc]
            answerer = Answerer(PassageIndex.open([self._documents[doc]], folder, Segmenter(folder)), self._settings)
            answerer.answered_only = True  # only a report's answer is read here, never its decline
            self._open[doc] = answerer
            while len(self._open) > self._keep:
                self._open.popitem(last=False)  # the report asked of longest ago: opened again from disk when needed
        else:
            self._open.move_to_end(doc)
        return answerer

    def passages(self, doc: int) -> int:
        """How many passages report ``doc``'s own index holds."""
        return len(self[doc].index.passages)


def ranked_reports(index: PassageIndex, norm: str, count: int) -> list[int]:
    """The reports a shelf past the cap asks the normalised question ``norm`` of: the ``count`` whose best passage the
    shared index ranks highest for its words (the best first); reports none of whose passages holds any of its
    words are not asked."""
    ranked: list[int] = []
    seen: set[int] = set()
    for hit in index.search(index.segmenter.tokens(norm), _RANKED_PASSAGES):
        doc = index.passage_doc[hit.passage]
        if doc not in seen:
            seen.add(doc)
            ranked.append(doc)
            if len(ranked) == count:
                break
    return ranked
