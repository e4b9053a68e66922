"""The BM25 postings of the passage index: the arrays bm25s builds and saves, read and summed
without bm25s (and without numpy, except on a large knowledge base's large questions).

Not for choosing passages (``index.py`` ``PassageIndex.search``) nor for tokenising.
"""

from __future__ import annotations

import ast
import json
from array import array
from pathlib import Path

# Above this many postings for one question, scores are summed by numpy (Postings.scores).
_VECTORISED_POSTINGS = 4096


class Postings:
    """The BM25 index bm25s builds and saves (its ``lucene`` scores precomputed per token and
    passage, in compressed sparse columns), read without bm25s or numpy: numpy alone is 17 MB of
    every idle bot's memory, and answering needs only a sum per passage. Scores are summed in
    float32 in the order of the asked tokens, as bm25s's ``get_scores`` does, so they are the same
    to the last bit (a float32 sum done in double and rounded back is the float32 sum)."""

    def __init__(self, vocab_dict: dict[str, int], data: array, indices: array, indptr: array) -> None:
        self.vocab_dict = vocab_dict
        self._data, self._indices, self._indptr = data, indices, indptr
        self._vectors = None  # numpy views of data and indices, and the passage count (large questions only)
        # The last tokens scored and their scores: a plan asked is searched twice with the same tokens (the top
        # passages, then the plan section's best: plan_reach.py), and the sums are summed once.
        self._last: tuple[tuple[str, ...], dict[int, float]] | None = None

    @classmethod
    def from_bm25s(cls, retriever) -> "Postings":  # noqa: ANN001
        scores = retriever.scores
        return cls(dict(retriever.vocab_dict), array("f", scores["data"].astype("<f4").tobytes()),
                   array("i", scores["indices"].astype("<i4").tobytes()),
                   array("q", scores["indptr"].astype("<i8").tobytes()))

    @classmethod
    def load(cls, folder: Path) -> "Postings":
        """The arrays and vocabulary bm25s saved in ``folder`` (``BM25.save``)."""
        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        if params.get("method") != "lucene" or params.get("dtype") != "float32":
            raise ValueError("BM25 variant not read here")
        vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        return cls(vocab, _read_npy(folder / "data.csc.index.npy", {"<f4": "f"}),
                   _read_npy(folder / "indices.csc.index.npy", {"<i4": "i", "<i8": "q"}),
                   _read_npy(folder / "indptr.csc.index.npy", {"<i4": "i", "<i8": "q"}))

    def scores(self, tokens: list[str]) -> dict[int, float]:
        """BM25 score of each passage holding at least one of ``tokens`` (all in the vocabulary).
        On a large knowledge base, where the asked words stand in thousands of passages, the sums are
        done by numpy (imported then, not by a bot with one report: its 17 MB pay off only there).  The dict
        returned is shared with the next call for the same tokens: callers read it, never change it."""
        last = self._last
        if last is not None and last[0] == tuple(tokens):
            return last[1]
        found = self._scores(tokens)
        self._last = (tuple(tokens), found)
        return found

    def _scores(self, tokens: list[str]) -> dict[int, float]:
        """The sums ``scores`` returns, computed afresh."""
        columns = [(self._indptr[t], self._indptr[t + 1]) for t in (self.vocab_dict[token] for token in tokens)
                   if t + 1 < len(self._indptr)]
        if sum(end - start for start, end in columns) > _VECTORISED_POSTINGS:
            return self._scores_vectorised(columns)
        sums = array("f")
        touched: dict[int, int] = {}  # passage -> its place in ``sums``
        data, indices, indptr = self._data, self._indices, self._indptr
        for token in tokens:
            t = self.vocab_dict[token]
            if t + 1 >= len(indptr):
                continue  # bm25s lists "" in its vocabulary without a column: no passage holds it
            for j in range(indptr[t], indptr[t + 1]):
                p = indices[j]
                place = touched.get(p)
                if place is None:
                    touched[p] = len(sums)
                    sums.append(data[j])  # stored as float32
                else:
                    sums[place] += data[j]  # rounded back to float32 on the store, as numpy's add
        return {p: sums[place] for p, place in touched.items()}

    def warm_up(self) -> None:
        """On a large index, import numpy and make its views now rather than on the first large question."""
        if len(self._data) > _VECTORISED_POSTINGS:
            self._scores_vectorised([])

    def _scores_vectorised(self, columns: list[tuple[int, int]]) -> dict[int, float]:
        """The same float32 sums, in the same order of tokens, by numpy."""
        import numpy as np

        if self._vectors is None:  # views on the same arrays, made on the first large question
            indices = np.frombuffer(self._indices, dtype=np.int32 if self._indices.typecode == "i" else np.int64)
            self._vectors = (np.frombuffer(self._data, dtype=np.float32), indices,
                             int(indices.max()) + 1 if len(indices) else 0)
        data, indices, size = self._vectors
        sums = np.zeros(size, dtype=np.float32)
        touched = np.zeros(size, dtype=bool)
        for start, end in columns:
            rows = indices[start:end]  # a passage appears once in a token's column
            sums[rows] += data[start:end]
            touched[rows] = True
        passages = np.flatnonzero(touched)
        return dict(zip(passages.tolist(), sums[passages].tolist()))


def _read_npy(path: Path, kinds: dict[str, str]) -> array:
    """A one-dimensional little-endian array saved by ``numpy.save`` (format 1.0–3.0)."""
    raw = path.read_bytes()
    if raw[:6] != b"\x93NUMPY":
        raise ValueError(f"not a .npy file: {path.name}")
    size, start = (int.from_bytes(raw[8:10], "little"), 10) if raw[6] == 1 else (int.from_bytes(raw[8:12], "little"), 12)
    header = ast.literal_eval(raw[start:start + size].decode("latin1"))
    if header["fortran_order"] or len(header["shape"]) != 1 or header["descr"] not in kinds:
        raise ValueError(f"unexpected array in {path.name}")
    values = array(kinds[header["descr"]])
    values.frombytes(raw[start + size:])
    if len(values) != header["shape"][0]:
        raise ValueError(f"truncated array in {path.name}")
    return values
