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
    end = r'[^"]{2,40}"(?:[,;。:!?]|$|%s)' % kinds
    return any(pattern(re.escape(v) + _TO_OBJECT + end).search(sentence) for v in _verbs(q, noun, asked.start()))


def _verbs(q: QuestionAnalysis, noun, before: int) -> list[str]:  # noqa: ANN001 - a question.Term
    """The forms of the question's words (two characters or more) written right before 什么."""
    words = [t for t in q.terms if t is not noun and len(t.text) >= 2 and 0 <= q.norm.rfind(t.text, 0, before)]
    if not words:
        return []
    last = max(words, key=lambda t: q.norm.rfind(t.text, 0, before))
    if q.norm.rfind(last.text, 0, before) + len(last.text) < before - 1:
        return []  # 的 or other words between: 工作的原则 is the noun's own, no deed's object
    return list(last.equivalents)
