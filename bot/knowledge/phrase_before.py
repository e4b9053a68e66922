"""The question's own words written right before an amount of a list: 老照片征集了多少 asked, 征集史料文章56篇、
老照片300余张 told → 300余张, the amount the words 老照片 stand before, not the first item's.

Where a clause lists amounts of several things joined by 、 (noun and amount, noun and amount), the item whose noun
the question writes whole (three characters or more, as the question writes them) is the one asked — when another item
of the clause is not asked, and the words stand before no other amount of the sentence (刊用信息150条;…、刊用信息
118条 tells two years of one thing, read by its year). A short linking verb (共, 达, 为) may stand between.
"""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds

__all__ = ["PHRASE_BEFORE_BONUS", "asked_item_phrase", "phrase_before"]

PHRASE_BEFORE_BONUS = 0.3
_SHORTEST = 3
_LONGEST = 12
# An item of a list written before the amount: 、 and a noun of its own (、旧影像220余张).
_LISTED_BEFORE = re.compile(r"、[\u4e00-\u9fff]{2,12}$")
# A word linking a noun and its amount (老照片共300张, 占比达25%), left out when reading what stands before.
_LINK = re.compile(r"(?:共计|总计|合计|累计|共|达到|达|为|约|近|计)$")


def phrase_before(question: str, sentence: str, start: int) -> str:
    """The longest phrase of the question (three characters or more) ending right before the amount at ``start``,
    or '' (digits and punctuation end the phrase)."""
    before = sentence[:start]
    before = before[:len(before) - len(m.group())] if (m := _LINK.search(before)) else before
    longest = ""
    for size in range(_SHORTEST, min(_LONGEST, len(before)) + 1):
        piece = before[-size:]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", piece) or piece not in question:
            break
        longest = piece
    return longest


def asked_item_phrase(question: str, sentence: str, quantity: Quantity, quantities: list[Quantity]) -> bool:
    """Whether the amount is the item of a 、 list that the question names by the words before it (see above)."""
    if not (_LISTED_BEFORE.search(sentence, 0, quantity.start) or sentence.startswith("、", quantity.end)):
        return False
    phrase = phrase_before(question, sentence, quantity.start)
    a, b = clause_bounds(sentence, quantity.start)
    item = re.split(r"、", sentence[a:quantity.start])[-1]
    if not phrase or _LINK.sub("", item) != phrase:
        return False  # the item's own noun, whole: 对口协商会8场 is no 专题协商会, though 协商会 is asked
    others = [q for q in quantities if q is not quantity]
    if any(phrase_before(question, sentence, q.start).endswith(phrase) for q in others):
        return False  # the same words before another amount: not what tells them apart
    return any(a <= q.start < b and not phrase_before(question, sentence, q.start) for q in others)
