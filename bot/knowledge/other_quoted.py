"""Declining by reason an amount told of another named thing: 槐安区委员讲堂进社区搞了几场 asks the campaign the
report quotes as "委员讲堂进社区"; a sentence that never names it but quotes another one ("送学下基层"活动16场,
其中…各3场) counts that other campaign, though it was read for the place it names and the campaign told in the
paragraph next to it.

A name the documents set in quotation marks (a term ``named``; not a body's short form, "社法委", which its
own report tells of in every sentence without naming it), asked, missing from the answer's sentence, from
those before it in its paragraph and from its heading (where they name it, the sentence goes on about it: 二是开展
"回头看"。…对"列入计划解决"的58件提案进行跟踪), while the sentence quotes a name of its own. General Chinese only; used by the checks (checks.py).
"""

from __future__ import annotations

import re

from .question import QuestionAnalysis

__all__ = ["asks_quoted", "other_quoted_told", "sub_heading"]

_QUOTED = re.compile(r'"([^"]{2,40})"')
# A numbered line in brackets over the paragraphs after it ((三)创办"某某学苑"专题研修班,…): a paragraph of its own.
_SUB_HEADING = re.compile(r"^\([一二三四五六七八九十\d]+\)")
_SUB_HEADING_REACH = 8  # paragraphs looked back over for it
# A body a report names in quotes by its short form ("社法委"): the report's own, told of without its name.
_BODY = re.compile(r"(?:委员会|委|界别|政协)$")


def sub_heading(index, p: int) -> str:  # noqa: ANN001 - a PassageIndex
    """The bracketed numbered line heading passage ``p``'s run of paragraphs, within its section ("" if none)."""
    for k in range(p - 1, max(-1, p - 1 - _SUB_HEADING_REACH), -1):
        if index.passage_doc[k] != index.passage_doc[p] or index.section_norm[k] != index.section_norm[p]:
            break
        if _SUB_HEADING.match(index.passage_norm[k]):
            return index.passage_norm[k]
    return ""


def _asked(q: QuestionAnalysis) -> list:
    return [t for t in q.terms if t.named and not any(_BODY.search(e) for e in t.equivalents)]


def asks_quoted(q: QuestionAnalysis) -> bool:
    """Whether the question asks a quoted name (what ``other_quoted_told`` judges): checked before its
    surroundings are gathered."""
    return bool(_asked(q))


def other_quoted_told(q: QuestionAnalysis, shown: str, around: str = "") -> bool:
    """Whether a quoted name the question asks is not in ``shown`` nor in ``around`` (the sentences before it and its heading),
    and ``shown`` quotes another name."""
    asked = _asked(q)
    if not asked or any(e in shown or e in around for t in asked for e in t.equivalents):
        return False
    return any(not any(name in e or e in name for t in asked for e in t.equivalents) for name in _QUOTED.findall(shown))
