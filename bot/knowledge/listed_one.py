"""One as an amount: 1篇 is left out of a sentence's figures (一场, 一个个 count nothing anyone asks),
except where it is an item of a list of like figures (被省政协采用6篇，被全国政协采用1篇): the one
item asked (被全国政协采用几篇) is then told; and where it is written after the thing it counts, closing its
clause (计划举办信息写作培训班1期。, 形成监督报告1份，): a count told in so many words, not the 一 of 一场协商会.
Used by ``find_quantities`` (facts.py)."""

from __future__ import annotations

import re
from .patterns import pattern


def listed_one(sentence: str, match: re.Match) -> bool:
    """Whether the figure ``match`` (a 1 with its measure word, group "unit") closes its clause right after
    a word (培训班1期。), or stands in a list next to a figure of the same measure word, its neighbour's item
    a short one (…6篇，被全国政协采用1篇)."""
    unit = re.escape(match.group("unit") or "")
    if unit and re.search(r"[\u4e00-\u9fff]$", sentence[:match.start()]) and re.match(r"[,，;；。)）]", sentence[match.end():]):
        return True  # 举办信息写作培训班1期。: the noun, then its count closing the clause
    return bool(unit) and bool(pattern(rf"\d{unit}[、,，][^,，;；。、\d]{{1,12}}$").search(sentence[:match.start()]) or re.match(
        rf"[、,，][^,，;；。、\d]{{1,12}}\d+{unit}", sentence[match.end():]))
