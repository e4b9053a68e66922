"""A range of ordinals asked (是第几辑到第几辑, 从第几期至第几期): the answer is the range as the text
writes it (第十九辑至第二十三辑), not its first ordinal alone.

Used by reading.FactReader._fit_number on the ordinal chosen; general Chinese only.
"""

from __future__ import annotations

import re

from .facts import Quantity

__all__ = ["ordinal_range"]

_RANGE_ASKED = re.compile(r"第几[\u4e00-\u9fff]?(?:到|至|—|-|~)第几")
_RANGE_TOLD = re.compile(r"(?:至|到|—|－|-|~)(第[\d一二三四五六七八九十百零两]+)([\u4e00-\u9fff])")


def ordinal_range(question: str, sentence: str, best: Quantity) -> str | None:
    """The range from the ordinal ``best`` to the one written right after it (第十九辑至第二十三辑) when the
    question asks a range of ordinals and the second is of the same measure; else None."""
    if not _RANGE_ASKED.search(question) or not best.text.startswith("第"):
        return None
    told = _RANGE_TOLD.match(sentence, best.end)
    if told is None or told.group(2) != best.text[-1]:
        return None
    return sentence[best.start:told.end()]
