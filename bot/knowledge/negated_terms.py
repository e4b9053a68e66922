"""A question's word written in a sentence under 非 (非中共党员委员占60.9%, 非党员): the complement of
what the question names, not it.  党员委员占比多少 is told by 中共党员委员…占39.1%, not by the
非中共党员委员 right before 60.9%: the reader (reading.py) does not count such an occurrence as near.

Only a 非 that starts the word run holding the term, at most two characters before it (非中共党员, 非公),
and only when the question itself writes no 非 (非党员委员有多少 asks the complement).
The other way round, a word the question writes under 不 (不满意的提案有几件) is one term with its 不: a
sentence writing the word alone (表示满意和基本满意的243件) tells the opposite (``merge_negated_words``).
General Chinese only.
"""

from __future__ import annotations

from dataclasses import replace
import re

__all__ = ["negated_at", "merge_negated_words"]

# 非 and at most two characters of the same word before the term (非中共党员: 中共).
_NEGATED = re.compile(r"(?<![是并莫除])非[\u4e00-\u9fff]{0,2}$")


def negated_at(sentence: str, start: int, question: str) -> bool:
    """Whether the term at ``start`` stands under a 非 the question does not write."""
    return "非" not in question and bool(_NEGATED.search(sentence, max(0, start - 3), start))


def merge_negated_words(analysis) -> None:  # noqa: ANN001 - a QuestionAnalysis
    """Joins a lone 不 and the word the question writes right after it (不 + 满意) into one term told
    only under its 不 (不满意), in every equivalent of the word; 不予 is the same 不 (不立案 → 不予立案)."""
    merged = []
    for term in analysis.terms:
        before = merged[-1] if merged else None
        if before is not None and before.text == "不" and "不" + term.text in analysis.norm \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", term.text):
            merged[-1] = replace(term, text="不" + term.text, weight=before.weight + term.weight, parts=(),
                                 equivalents=tuple(n + e for e in term.equivalents for n in ("不", "不予")))
            continue
        merged.append(term)
    analysis.terms[:] = merged
