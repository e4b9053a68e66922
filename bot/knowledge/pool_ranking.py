"""The suggested questions ranked for a declined question: most character bigrams shared with it
first, equally close ones taking turns by document (the first of each document, then the second …),
then by place in the pool.

A small pool (a few reports) is ranked in plain Python: the bot's process then never imports
numpy (its memory). A large one (a thousand documents make tens of thousands of questions) is
built once into each bigram's postings (the pooled questions that hold it) as arrays, so a decline
adds up shared bigrams in numpy and sorts only the closest, instead of intersecting its bigrams
with every pooled question.
"""

from __future__ import annotations

import heapq
import re

from .faq_match import bigrams

__all__ = ["PoolRanking"]

# From this many pooled questions on, numpy's sums beat a plain pass (the bundled report makes 15,
# a thousand documents about 2 000).
LARGE_POOL = 1000


class PoolRanking:
    @classmethod
    def of_index(cls, index, frame: re.Pattern) -> PoolRanking:  # noqa: ANN001 - a PassageIndex
        """The pooled questions' ranking: their character bigrams, without the words all share
        (``frame``), and for each how many of its document's come before it."""
        cores = [bigrams(frame.sub("", q)) for q in index.question_pool]
        seen: dict[int, int] = {}
        turns = []
        for origin in index.question_origins:
            doc = index.passage_doc[origin.first]
            turns.append(seen.get(doc, 0))
            seen[doc] = seen.get(doc, 0) + 1
        return cls(cores, turns)

    def __init__(self, cores: list[frozenset[str]], turns: list[int], large: int = LARGE_POOL) -> None:
        self._size = len(cores)
        self._plain = self._size < large
        if self._plain:
            self._cores, self._turn_list = cores, turns
            return
        import numpy as np

        postings: dict[str, list[int]] = {}
        for i, core in enumerate(cores):
            for bigram in core:
                postings.setdefault(bigram, []).append(i)
        self._postings = {bigram: np.array(ids, dtype=np.int32) for bigram, ids in postings.items()}
        self._turns = np.array(turns, dtype=np.int32)

    def ranked(self, asked: frozenset[str], limit: int) -> list[int]:
        """The ``limit`` closest pooled questions to one with bigrams ``asked``, closest first."""
        n = self._size
        if n == 0 or limit <= 0:
            return []
        if self._plain:
            cores, turns = self._cores, self._turn_list
            return heapq.nsmallest(limit, range(n), key=lambda i: (-len(asked & cores[i]), turns[i], i))
        import numpy as np

        shared = np.zeros(n, dtype=np.int32)
        for bigram in asked:
            ids = self._postings.get(bigram)
            if ids is not None:
                shared[ids] += 1  # a question holds each bigram once: no repeated index
        if limit < n:
            threshold = np.partition(shared, n - limit)[n - limit]  # the limit-th most shared
            candidates = np.flatnonzero(shared >= threshold)
        else:
            candidates = np.arange(n)
        order = np.lexsort((candidates, self._turns[candidates], -shared[candidates]))  # last key first
        return candidates[order][:limit].tolist()
