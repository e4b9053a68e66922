"""A group named by its ordinal without 第 (一支部, 二支部, 三组): the documents' 第一党支部, 第二党支部, 第三组.

Members shorten the ordinal names of parallel groups (机关第一党支部 → 一支部, 第二调研组 → 二组).  Read as a
count (一个支部) the numeral would be dropped and every group's figure would answer; written back with 第 it is the
term that picks the group's own item out of a list (…第一党支部…，支部书记甲；…第二党支部…，支部书记乙).  Only
where a document names such a group with 第 (a slogan, 一支部联一村, stays as it is).

Used by answer.py on the normalised question, before its slips are mended; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["ordinal_named"]

_NUMERALS = "一二三四五六七八九十"

# A numeral (a digit once normalised: 二支部 → 2支部, 第二支部 → 第2支部) right before the noun of a group, with or
# without 第 (not after a digit, another numeral or a measure word; not a numeral of a slogan's pair, 一支部联一村).
_BARE_ORDINAL = re.compile(r"(?<![\d.一二三四五六七八九十几两个每各这那哪])(?:第)?([1-9]|[一二三四五六七八九十])"
                           r"(党?支部|党小组|小组|分队|分会|工作组|调研组|视察组|组)(?![联一])")


def ordinal_named(norm: str, corpus: str) -> str:
    """``norm`` with each ordinal group written with 第 as ``corpus`` (the documents' text) writes it."""
    def with_di(match: re.Match) -> str:
        numeral, noun = match.groups()
        # The documents' own name, as normalised there (第一党支部, 第2组): a word may stand between (第一 + 党 + 支部).
        digit = numeral if numeral.isdigit() else str(_NUMERALS.index(numeral) + 1)
        for written in (_NUMERALS[int(digit) - 1], digit):
            if re.search("第" + written + r"[\u4e00-\u9fff]{0,2}?" + noun[-2:], corpus):
                return "第" + written + noun
        return match.group(0)

    return _BARE_ORDINAL.sub(with_di, norm)
