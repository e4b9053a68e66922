"""The committee's FAQ pairs: how alike two questions are (Dice over character bigrams, without
punctuation and particles), and the FAQ answer a question gets when one pair is alike enough.
The bigrams also rank suggestions and sentences in answer.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from bot import texts
from .normalize import normalize_text
from .values import Answer, FaqPair, Source

__all__ = ["bigrams", "similarity", "faq_answer"]

_CJK_PAIR = re.compile(r"[\u4e00-\u9fff0-9a-z]")
_CHINESE_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_FAQ_NOISE = re.compile(r"[\s,.;:!?'\"()\[\]、。，！？；：“”‘’（）]|请问|一下|吗|呢|吧|啊|呀|的|了")


@lru_cache(maxsize=100000)
def bigrams(text: str) -> frozenset[str]:
    """The pairs of neighbouring characters (Chinese, digits, Latin) of ``text``; its characters when it has one."""
    chars = [c for c in text if _CJK_PAIR.match(c)]
    return frozenset({a + b for a, b in zip(chars, chars[1:])} or chars)


def chinese_bigrams(text: str) -> set[str]:
    """The pairs of neighbouring Chinese characters of ``text`` (no pair across a digit, a letter or a mark): the words
    a question and a rule or a title share, read by pairs."""
    return {text[i:i + 2] for i in range(len(text) - 1) if _CHINESE_PAIR.fullmatch(text[i:i + 2])}


def similarity(a: str, b: str) -> float:
    """How alike two questions are, in [0, 1]: Dice over character bigrams
    of their normalised forms, without punctuation and particles."""
    a = _FAQ_NOISE.sub("", normalize_text(a))
    b = _FAQ_NOISE.sub("", normalize_text(b))
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    x, y = bigrams(a), bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y))


def faq_answer(question: str, faqs: Sequence[FaqPair], threshold: float) -> Answer | None:
    """The answer of the FAQ pair most alike ``question``, when it is at least ``threshold`` alike."""
    best, best_score = None, 0.0
    for pair in faqs:
        score = similarity(question, pair.question)
        if score > best_score:
            best, best_score = pair, score
    if best is None or best_score < threshold:
        return None
    text = "\n".join((best.answer, texts.ANSWER_SOURCE.format(title=texts.FAQ_SOURCE, section=best.question)))
    return Answer(
        answered=True, text=text, fact=best.answer, sentence=best.answer,
        sources=(Source(texts.FAQ_SOURCE, best.question, best.answer),),
        confidence=round(best_score, 3), passage_id=None, kind="faq", suggestions=(),
    )
