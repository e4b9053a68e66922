"""Whether a sentence gives an amount right beside a word the question asks to count
(现有委员216名, 建成43个议事室): the shape a count of that thing is written in; and whether the very noun
counted stands right before it (counted_beside).

Used by the answerer (answer.py) to choose which sentences of many that all name a common
word (委员, 提案) are read closely for a count. Not for choosing among a sentence's figures
(reading.py, figures.py).
"""

from __future__ import annotations

from functools import lru_cache

from .normalize import find_all
from .question import QuestionAnalysis, once_per_question

_NEAR = 3  # characters between the word and the amount: 委员216名, 216名委员, 委员共216名


def amount_beside(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether an equivalent of a question's term of two or more characters stands within a few
    characters of a digit in the sentence."""
    if not _has_digit(sentence):
        return False  # every place looked at is a piece of the sentence (asked of each sentence a first pass reads)
    for word in once_per_question(q, "_beside_words", _words):
        if word in sentence:
            for start in find_all(sentence, word):
                after = sentence[start + len(word):start + len(word) + _NEAR]
                before = sentence[max(0, start - _NEAR - 1):start]
                if any(c.isdigit() for c in after) or any(c.isdigit() for c in before[:-1]):
                    return True
    return False


def counted_beside(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the noun counted, as the question writes it (协商活动 of 多少场协商活动, not 协商 its synonym), stands
    right before an amount (各类协商活动48场): among many sentences naming its synonyms, the one counting it."""
    if not q.counted or len(q.counted) < 2 or not _has_digit(sentence):
        return False
    return any(sentence[start + len(q.counted):start + len(q.counted) + 1].isdigit() for start in find_all(sentence, q.counted))


def _words(q: QuestionAnalysis) -> tuple[str, ...]:
    """The equivalents of two or more characters of the question's terms, in order (once per question)."""
    return tuple(word for term in q.terms for word in term.equivalents if len(word) >= 2)


@lru_cache(maxsize=1 << 15)
def _has_digit(sentence: str) -> bool:
    """Whether some character of the sentence is a digit (as ``str.isdigit`` reads one)."""
    return any(c.isdigit() for c in sentence)
