"""A part of another set: 全年形成调研报告16篇，其中6篇在"某论丛"刊发 counts those of the 16 reports the journal
published, not all it published (刊发调研报告和理论文章38篇, told elsewhere). Asked how many the journal published
(某论丛刊发了多少篇), an amount opened by 其中 answers only where the question names the set it is drawn from, or
what it is drawn from names a word of the question.

For: ``reading.Reader._fit_number``, which lowers such an amount and caps its fit. General Chinese only.
"""

from __future__ import annotations

import re
from typing import Sequence

from .facts import Quantity, clause_bounds

__all__ = ["part_of_other_set"]

_PART_OPENS = re.compile(r"其中")
# A clause comparing the amount before with another (比上年的1105篇增长32.9%, 同比…, 占…): it goes on with that clause.
_COMPARING = re.compile(r"比|较|同比|环比|占")


def part_of_other_set(words: Sequence[str], sentence: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether ``quantity`` stands right after 其中 and the whole before it, an amount of the same measure in the
    clause before, is written with no piece (two characters) of the question's ``words``."""
    a, _ = clause_bounds(sentence, quantity.start)
    if a == 0 or not _PART_OPENS.fullmatch(sentence, a, quantity.start):
        return False  # (其中一等奖5篇 names a kind of the whole: a breakdown the question may ask of)
    prior = clause_bounds(sentence, a - 1)[0]
    while 0 < prior and _COMPARING.match(sentence, prior):
        prior = clause_bounds(sentence, prior - 1)[0]  # 提交心得1468篇,比上年的1105篇增长32.9%,其中173篇…: the 1468篇'
    whole = [x for x in quantities if prior <= x.start < a and x.unit == quantity.unit]
    if not whole:
        return False
    pieces = {w[i:i + 2] for w in words if len(w) >= 2 for i in range(len(w) - 1)}  # 论文 of 优秀论文: 推荐论文12篇
    return not any(piece in sentence[prior:a] for piece in pieces)
