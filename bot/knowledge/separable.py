"""A verb and its object written apart in a question (离合词, general Chinese): 立了多少件提案 asks what the
documents write 立案 (经审查立案312件), as 发了几次言 asks 发言. The question's one-character verb
weighs little and stands inside many words of a report (方立, 建立); the joined word is what is asked, so the
question is read as if it wrote it (立案了多少件提案): its terms, and the word standing before 多少 (counting.py).
So is one whose object stands right before the verb as the topic (提案立了多少件 → 提案立案了多少件).

For: ``question.analyse``. Only a verb the segmenter reads as a word of its own, whose object is a single character
the question writes after it (提案 holds 案) or in the word right before it, and only where the documents write the
joined word. Not where an object written before is further off (提案今年立了几件), nor a kind of it (集体提案立了
多少件: the kind counted, as its topic, and the verb says what befell it).
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

# Separable verbs (verb → its object) a member may write apart when asking about a committee's work. Not 开会: 开几场
# 协商会 asks the 协商会, not a 开会 the report may write elsewhere; nor those whose object is a measure word or
# a piece of common words (报名: 多少名; 签字: 数字; 见面: 方面).
_SEPARABLE = {"立": "案", "发": "言"}
# What may stand before an object that is the question's topic and no kind of it: nothing, a time (去年, 2023年,
# 本届以来, 一共) or the committee (区政协).
_PLAIN_FRONT = re.compile(r"(?:^|[,;:?!。 ]|年|年度|届|以来|全年|一共|总共|共|政协)$")


def _object_right_before(norm: str, before_at: int, before: str, verb: str, obj: str) -> bool:
    """Whether the word right before the verb is a plain two-character noun ending with its object (提案立了多少件:
    案 of 提案), not the joined word itself (大会发言发了几篇 asks of the speeches, in the documents' word), nor a
    kind of it (集体提案立了多少件 names the kind counted, which the documents tell apart from the verb: 在立案的
    264件提案中，…集体提案41件): nothing but a time or the body stands before it."""
    return (len(before) == 2 and before.endswith(obj) and before != verb + obj
            and bool(_PLAIN_FRONT.search(norm[:before_at])))


def join_separable(norm: str, words: Sequence[str], in_documents: Callable[[str], bool] | None) -> str:
    """``norm`` with each one-character verb of ``_SEPARABLE`` written apart from its object after it joined to it
    (立了多少件提案 → 立案了多少件提案), where the documents use the joined word; else ``norm`` as it is."""
    if in_documents is None or not any(w in _SEPARABLE for w in words):
        return norm
    at = 0
    before, before_at = "", 0
    for word in words:
        found = norm.find(word, at)
        if found < 0:
            return norm  # the words do not spell the question (a caller's own segmentation): leave it
        at = found + len(word)
        obj = _SEPARABLE.get(word)
        (before, before_at), (prior, prior_at) = (word, found), (before, before_at)
        if obj is None or norm.startswith(obj, at) or not in_documents(word + obj):
            continue
        if obj not in norm[at:] and not _object_right_before(norm, prior_at, prior, word, obj):
            continue
        norm = norm[:at] + obj + norm[at:]
        at += len(obj)
    return norm
