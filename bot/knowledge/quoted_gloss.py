"""What a principle, motto or aim holds, asked by its noun (三亲原则指什么, 按什么原则推进, 宗旨是什么): documents
write its words in quotes right before the noun (坚持"亲历、亲见、亲闻"的三亲原则, 按照"先急后缓、先纸后影"的原则), so
the sentence quoting words against the noun asked tells it, before one that only names the noun (坚持三亲原则).

Used by the answerer (answer.py) when ranking sentences for a what-question; general Chinese only. Not for a
thing's name (叫什么: titles.py), whose quote stands after the verb that makes it.
"""

from __future__ import annotations

import re

from .patterns import pattern
from .question import QuestionAnalysis

__all__ = ["GLOSS_BONUS", "glossed_in_quotes"]

GLOSS_BONUS = 0.3
# The noun asked after the question word (按什么原则, 遵循哪些原则) or before it (三亲原则指什么, 宗旨是什么).
_ASKED_AFTER = r"(?:什么|啥|哪些|哪几[条项个]|哪\d+[条项个])"
_ASKED_BEFORE = r"(?:是指|指的是|指|的内容是|的含义是|包括|是)(?:什么|啥|哪些|哪几[条项个]|哪\d+[条项个]|哪\d+个字|哪几个字)"
# Nouns of what is held to (a principle, a motto, an aim): their words are what is asked, not their name.
_HELD = ("原则", "宗旨", "方针", "理念", "思路", "要求", "标准", "口号", "精神", "目标", "机制", "模式", "格局", "路径")
# Characters a sentence may write between the quote and the noun beyond the question's own (的, 工作 of 工作宗旨).
_BETWEEN = 6


def _asked_noun(norm: str) -> str | None:
    for noun in _HELD:
        if pattern(_ASKED_AFTER + noun).search(norm) or pattern(re.escape(noun) + _ASKED_BEFORE).search(norm):
            return noun
    return None


def glossed_in_quotes(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the question asks what a principle or motto holds and the sentence writes quoted words right before
    its noun: nothing between them but 的 and the question's own characters (的三亲原则 for 三亲原则指什么)."""
    noun = _asked_noun(q.norm)
    if noun is None or '"' not in sentence:
        return False
    for m in re.finditer(rf'"[^"]{{2,40}}"([^",;。:!?]{{0,{_BETWEEN}}}?){noun}', sentence):
        if sentence.count('"', 0, m.start()) % 2 == 0 and all(c == "的" or c in q.norm for c in m.group(1)):
            return True
    return False
