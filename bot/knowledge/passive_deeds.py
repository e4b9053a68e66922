"""Whether an amount counts those a deed was done to, told after it with 被 (其中有21件意见建议被有关部门吸收采纳),
where the question asks no such deed (转成意见建议的有多少件), neither by a word of it nor by its one-character
verb (评了多少名 asks 被评为): the figure counts a part, those the deed reached, not all those asked about.
General Chinese only (被 and the clause it heads).
"""

from __future__ import annotations

import re

from .asked_act import act_told
from .facts import Quantity, clause_bounds

# 被 after the amount in its clause, up to the clause's end: 21件意见建议被有关部门吸收采纳.
_PASSIVE = re.compile(r"被([\u4e00-\u9fff]{2,16})")
# A word of all right before 被 (全部被采纳, 均被吸收): the deed reached every one counted.
_ALL_OF_THEM = re.compile(r"(?:全部|全都|均|都|悉数|一律|全)$")


def passive_deed_unasked(question: str, terms: list[tuple[str, ...]], sentence: str, quantity: Quantity) -> bool:
    """Whether the figure's clause tells, after it, a deed done to what it counts (被…采纳), and the question
    neither writes 被 nor names any word of that deed (``terms``: the equivalents of its words)."""
    if "被" in question:
        return False
    _, b = clause_bounds(sentence, quantity.start)
    deed = _PASSIVE.search(sentence, quantity.end, b)
    if not deed or re.search(r"\d", sentence[quantity.end:deed.start()]):
        return False
    if _ALL_OF_THEM.search(sentence[quantity.end:deed.start()]):
        return False  # 5项建议全部被采纳: the deed reached all of them, the figure is the whole
    # The question's own verb of one character asks the deed (评了多少名 → 25名委员被评为…).
    named = any(e in deed.group(1) for kind in terms for e in kind if len(e) >= 2)
    return not named and not act_told(question, deed.group(1))
