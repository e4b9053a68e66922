"""Declining by reason an amount told of another named thing: 槐安区委员讲堂进社区搞了几场 asks the campaign the
report quotes as "委员讲堂进社区"; a sentence that never names it but quotes another one ("送学下基层"活动16场,
其中…各3场) counts that other campaign, though it was read for the place it names and the campaign told in the
paragraph next to it.

A name the documents set in quotation marks (a term ``named``), asked, missing from the answer's sentence,
while the sentence quotes a name of its own. General Chinese only; used by the checks (checks.py).
"""

from __future__ import annotations

import re

from .question import QuestionAnalysis

__all__ = ["other_quoted_told"]

_QUOTED = re.compile(r'"([^"]{2,40})"')


def other_quoted_told(q: QuestionAnalysis, shown: str) -> bool:
    """Whether a quoted name the question asks is not in ``shown``, and ``shown`` quotes another name."""
    asked = [t for t in q.terms if t.named]
    if not asked or any(e in shown for t in asked for e in t.equivalents):
        return False
    return any(not any(name in e or e in name for t in asked for e in t.equivalents) for name in _QUOTED.findall(shown))
