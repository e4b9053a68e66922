"""A verb and its object written apart in a question (离合词, general Chinese): 立了多少件提案 asks what the
documents write 立案 (经审查立案312件), as 发了几次言 asks 发言. The question's one-character verb
weighs little and stands inside many words of a report (方立, 建立); the joined word is what is asked, so the
question is read as if it wrote it (立案了多少件提案): its terms, and the word standing before 多少 (counting.py).

For: ``question.analyse``. Only a verb the segmenter reads as a word of its own, whose object is a single character
the question writes after it (提案 holds 案), and only where the documents write the joined word. Not where the
object comes first (集体提案立了多少件): that names the thing counted, as its topic, and the verb says what befell it.
"""

from __future__ import annotations

from typing import Callable, Sequence

# Separable verbs (verb → its object) a member may write apart when asking about a committee's work. Not 开会: 开几场
# 协商会 asks the 协商会, not a 开会 the report may write elsewhere; nor those whose object is a measure word or
# a piece of common words (报名: 多少名; 签字: 数字; 见面: 方面).
_SEPARABLE = {"立": "案", "发": "言"}


def join_separable(norm: str, words: Sequence[str], in_documents: Callable[[str], bool] | None) -> str:
    """``norm`` with each one-character verb of ``_SEPARABLE`` written apart from its object after it joined to it
    (立了多少件提案 → 立案了多少件提案), where the documents use the joined word; else ``norm`` as it is."""
    if in_documents is None or not any(w in _SEPARABLE for w in words):
        return norm
    at = 0
    for word in words:
        found = norm.find(word, at)
        if found < 0:
            return norm  # the words do not spell the question (a caller's own segmentation): leave it
        at = found + len(word)
        obj = _SEPARABLE.get(word)
        if obj is None or norm.startswith(obj, at) or obj not in norm[at:] or not in_documents(word + obj):
            continue
        norm = norm[:at] + obj + norm[at:]
        at += len(obj)
    return norm
