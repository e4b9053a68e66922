"""A noun's count asked by the noun and 数 (项目数比上年多了几项, 会员数有多少): the 数 asks the count, as 数量
does, and the noun is what the sentence writes (全年实施项目46项).  Reports rarely write such a count noun
themselves, so the compound, unknown to them, would weigh as a rare word no sentence holds.

Read on the content words of a question asking a number (question.py).  General Chinese only.
"""

from __future__ import annotations

from typing import Callable

__all__ = ["noun_of_count"]


def noun_of_count(word: str, idf: Callable[[str], float | None]) -> str:
    """The noun a count noun counts (项目数 → 项目), where the documents write the noun and never the
    compound; else the word as it is (参数, 总数, 人数: two characters, no noun before 数)."""
    if len(word) >= 3 and word.endswith("数") and idf(word) is None and idf(word[:-1]) is not None:
        return word[:-1]
    return word
