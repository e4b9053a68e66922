"""A counted noun a report writes only fused with its verb: 招了多少学生 asked, 招生仅120人 written (招工, 看病,
收生).  The member says verb and object apart; the report writes the verb with the object's last character as
one word.  Where the question's noun is never written in the documents and that fused word is, the noun is
searched and weighed as the fused word.  Used by question.analyse; general Chinese only.
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["fuse_verb_object"]

# Between the verb and its object in a count asked: 了 / 过, then 多少 or 几 with a measure word (招了多少学生, 招过几名工人).
_BETWEEN = r"[了过]?(?:多少|几)?[个名位批]?"


def fuse_verb_object(analysis, index) -> None:  # noqa: ANN001 - a QuestionAnalysis, the PassageIndex
    """Give an unknown noun right after a one-character verb of the question the fused word the documents
    write (招 + 学生 → 招生) as its equivalent and weight."""
    terms = analysis.terms
    contains = getattr(index, "contains", None)
    if contains is None:
        return
    for n, term in enumerate(terms):
        if term.known or len(term.text) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", term.text):
            continue
        for verb in terms[:n]:
            if len(verb.text) != 1 or not verb.known:
                continue
            fused = verb.text + term.text[-1]
            idf = index.idf(fused)
            if idf is None or not index.in_vocabulary(fused):
                continue
            if re.search(re.escape(verb.text) + _BETWEEN + re.escape(term.text), analysis.norm):
                terms[n] = replace(term, weight=idf, equivalents=term.equivalents + (fused,), known=True)
                break
