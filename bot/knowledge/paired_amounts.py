"""Two amounts asked together in two measure words (工作规程一共几章几条, 历时几年几个月) are told together,
side by side (共6章32条, 历时2年3个月): the answer is both, not the one amount the reader chose.

Used by the reader (reading.py) for a count's fact. General Chinese only.
"""

from __future__ import annotations

import re

from .facts import Quantity

__all__ = ["paired_amount"]

# A measure word asked after 几 / 多少 (几章, 多少个月).
_ASKED_MEASURE = re.compile(r"(?:几|多少)个?([\u4e00-\u9fff])")
# An amount in one character's measure word right before the chosen one (6章|32条), or right after it.
_AMOUNT_BEFORE = re.compile(r"\d+(?:\.\d+)?个?([\u4e00-\u9fff])$")
_AMOUNT_AFTER = re.compile(r"\d+(?:\.\d+)?个?([\u4e00-\u9fff])")


def paired_amount(question: str, sentence: str, chosen: Quantity) -> str | None:
    """Both amounts, as written side by side (6章32条), when the question asks two measure words and the chosen
    amount stands right beside one in the other; else None."""
    asked = set(_ASKED_MEASURE.findall(question))
    own = chosen.text[-1:]
    if len(asked) < 2 or own not in asked:
        return None
    before = _AMOUNT_BEFORE.search(sentence, 0, chosen.start)
    if before and before.group(1) in asked - {own} and not sentence[before.start() - 1:before.start()].isdigit():
        return sentence[before.start():chosen.end]
    after = _AMOUNT_AFTER.match(sentence, chosen.end)
    if after and after.group(1) in asked - {own}:
        return sentence[chosen.start:after.end()]
    return None
