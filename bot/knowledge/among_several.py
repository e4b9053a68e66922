"""Declining by reason an amount told of several places or units together, one of them asked: 甲社区托育点有几个
is not answered by 在甲社区等地开展协商6场，推动新建托育点9个 — 等 makes 甲社区 one of several, and the amount
(in its own clause or one carrying on the same deed) counts them all.

The name asked is the longest piece of the question (two characters or more) written right before 等 in the
sentence; told elsewhere in the sentence without 等 (甲社区新建3个), the figure may be its own, and no doubt is
cast.  A question writing 等 itself (甲社区等地开展了几场) asks of the several.  General Chinese only.

For: the doubt on a chosen amount (checks.py, ``Checks.doubt``).
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["one_of_several_told"]

# 等 closing a list (甲社区等, 甲区、乙区等3个区), not the verb or noun it opens (等待, 等级, 等次, 等候) nor 同等, 平等.
_AMONG = re.compile(r"(?<![同平对均相])等(?![待候级次同于])")
# The shortest piece of a name the question may share with the sentence.
_SHORTEST = 2


def one_of_several_told(question: str, kind: str, shown: str, general: Callable[[str], int]) -> bool:
    """Whether a count is asked of one place or unit the sentence names only as one of several (…等); ``general``:
    a word's frequency in general Chinese (a common noun, 社区 or 客厅, is the kind, no one of it)."""
    if kind != "number" or "等" in question:
        return False
    for m in _AMONG.finditer(shown):
        name = _asked_before(question, shown[:m.start()])
        if name and not general(name) and not _told_alone(name, shown):
            return True
    return False


def _asked_before(question: str, before: str) -> str:
    """The longest end of ``before`` (after its last comma or list mark) that the question writes, or ''."""
    piece = re.split(r"[,，;；。、]", before)[-1]
    for size in range(len(piece), _SHORTEST - 1, -1):
        if piece[-size:] in question and re.fullmatch(r"[\u4e00-\u9fff]+", piece[-size:]):
            return piece[-size:]
    return ""


def _told_alone(name: str, shown: str) -> bool:
    """Whether ``name`` stands somewhere in the sentence not closing a list (no 等 right after it)."""
    return any(not shown.startswith("等", m.end()) and not re.match(r"[\u4e00-\u9fff]{0,2}等", shown[m.end():])
               for m in re.finditer(re.escape(name), shown))
