"""A span of time told with a half after its measure word (会期3天半, 历时2个半月, 用了1个半小时).

Chinese writes the half of a time amount after the measure word, not as a decimal: 3天半 is three and a
half days, 2个半月 two and a half months.  The half belongs to the amount: read without it the answer
(3天) tells less than the sentence.  General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["half_after"]

# Measure words of time a half may follow directly (3天半, 2周半, 1小时半).
_HALF_FOLLOWS = frozenset({"天", "小时", "周"})
# 个 then 半 then the unit of time (2个半月, 1个半小时): the measure word is the whole 个…月.
_HALF_INSIDE = re.compile(r"半(月|小时)")
# 半 opening a word of its own after the amount (3天半天工作, 3天半年一次): not the amount's half.
_HALF_WORD = re.compile(r"半(?:年|月|天|日|小时|数|径|岛|场|价|边|山|夜|导体|决赛)")


def half_after(sentence: str, unit: str, end: int) -> tuple[str, str, int] | None:
    """When the amount whose measure word ``unit`` ends at ``end`` has a half after it: (the text after
    the number to show, the measure word, the new end); else None."""
    rest = sentence[end:end + 4]
    if unit in _HALF_FOLLOWS and rest.startswith("半") and not _HALF_WORD.match(rest):
        return unit + "半", unit, end + 1
    if unit == "个":
        inside = _HALF_INSIDE.match(rest)
        if inside:
            return "个" + inside.group(0), {"月": "个月"}.get(inside.group(1), inside.group(1)), end + len(inside.group(0))
    return None
