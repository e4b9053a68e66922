"""A what-question asking the kind of thing a deed has for its object (实行什么原则, 坚持什么思路,
起草了什么文件): documents write that object as a quoted name right after the verb (实行"调研在前、
提案在后", 起草了"…实施方案"), without the question's noun of the kind (原则, 思路, 文件), which only
says what sort of answer is wanted.

Used by items.py, so that the answerer (answer.py) counts the kind noun as told by a sentence quoting
the verb's object, as it counts a theme told by 围绕"…". General Chinese only.
"""

from __future__ import annotations

import re

from .question import KIND_WHAT, QuestionAnalysis
from .patterns import pattern

__all__ = ["category_term", "quotes_category"]

# 什么 / 啥 and the kind noun asked, ending the question (实行什么原则?, 起草了啥文件呢).
_ASKS_KIND = re.compile(r"(?:什么|啥)([\u4e00-\u9fff]{1,4}?)(?:呢|啊|呀)?[?!。]*$")
# Between a verb and its quoted object: an aspect particle or a 为 of naming (确定为"…", 起草了"…").
_TO_OBJECT = r'(?:了|着|的|为|成)?"'


def category_term(q: QuestionAnalysis):  # noqa: ANN201 (a question.Term or None)
    """The term of the kind noun a what-question asks of a deed's object (原则 of 实行什么原则), when a
    verb of the question stands before 什么; else None."""
    if q.kind != KIND_WHAT:
        return None
    asked = _ASKS_KIND.search(q.norm)
    if not asked:
        return None
    noun = next((t for t in q.terms if t.text == asked.group(1)), None)
    return noun if noun is not None and _verbs(q, noun, asked.start()) else None


def quotes_category(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the sentence quotes a name right after one of the question's words written before 什么
    (实行什么原则 → 实行"调研在前、提案在后"): the deed's object, which the kind noun asks."""
    noun = category_term(q)
    if noun is None:
        return False
    asked = _ASKS_KIND.search(q.norm)
    # The quote is the whole object: its clause ends there, or the kind noun follows (坚持"…"的原则), not
    # a phrase that goes on (实行"一把手"负总责: the object is all of it, of another kind).
    kinds = "|".join(map(re.escape, noun.equivalents))
    if re.search(r'"[^"]{1,40}(?:%s)"' % kinds, sentence):
        return True  # a name of the kind asked, wherever it stands (实行…评价"双评价" for 实行啥评价)
    if asked.group(1) in THEME_NOUNS and _theme_of_asked(q, noun, sentence):
        return True  # 对口协商搞什么议题 → 围绕"…"开展对口协商: the theme a work was done around
    end = r'[^"]{2,40}"(?:[,;。:!?]|$|%s)' % kinds
    return any(pattern(re.escape(v) + _TO_OBJECT + end).search(sentence) for v in _verbs(q, noun, asked.start()))


# The nouns of a theme (什么议题): told as what a work was done around (围绕"…"开展对口协商), the noun unwritten
# (items.py reads the themes asked by the same nouns).
THEME_NOUNS = frozenset({"主题", "议题", "题目", "话题"})
_AROUND = re.compile(r'(?:围绕|聚焦|就)"[^"]{2,40}"([^,;。!?"]{0,16})')


def _theme_of_asked(q: QuestionAnalysis, noun, sentence: str) -> bool:  # noqa: ANN001 - a question.Term
    """Whether the sentence writes a quoted theme a work was done around, the question's own work following in
    the quote's clause: its longest run of adjacent words (对口协商 of 今年对口协商打算搞什么议题, not 协商 alone,
    which a 专题协商 writes too), the plan's and the time's words left out."""
    spans = sorted((at, at + len(t.text)) for t in q.terms if t is not noun and not _NOT_WORK.fullmatch(t.text)
                   for at in [q.norm.find(t.text)] if at >= 0)
    runs: list[list[int]] = []
    for start, end in spans:
        if runs and start == runs[-1][1]:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    work = max((q.norm[a:b] for a, b in runs), key=len, default="")
    return len(work) >= 2 and any(work in m.group(1) for m in _AROUND.finditer(sentence))


# Words of a question that name no work: its plan's and its time's (打算, 今年).
_NOT_WORK = re.compile(r"计划|打算|准备|力争|目标|安排|今年|明年|去年|年内|下1?步")


def _verbs(q: QuestionAnalysis, noun, before: int) -> list[str]:  # noqa: ANN001 - a question.Term
    """The forms of the question's words (two characters or more) written right before 什么."""
    words = [t for t in q.terms if t is not noun and len(t.text) >= 2 and 0 <= q.norm.rfind(t.text, 0, before)]
    if not words:
        return []
    last = max(words, key=lambda t: q.norm.rfind(t.text, 0, before))
    if q.norm.rfind(last.text, 0, before) + len(last.text) < before - 1:
        return []  # 的 or other words between: 工作的原则 is the noun's own, no deed's object
    return list(last.equivalents)
