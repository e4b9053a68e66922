"""Declining by reason a first batch told for all asked: 推动该小区首批4部电梯开工建设 counts the first of the
lifts, and 那个小区总共要加装多少部电梯 asks all of them, which the sentence does not tell.  A question asking
the first batch itself (首批开工了几部) keeps it.

Used by asked_untold.untold_doubt on an amount chosen; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["first_batch_for_all"]

# A first batch or round written right before the amount (首批4部, 第一批, 先期): some of all, not all.
_FIRST_BATCH_BEFORE = re.compile(r"(?:首批|第一批|第1批|头一批|先期)[\u4e00-\u9fff]{0,4}$")
_ASKS_FIRST = re.compile(r"首|第一|第1|头一|先期|这批|该批|那批")
# All asked: the whole number there is or will be (总共, 一共, 全部).
_ASKS_ALL = re.compile(r"一共|总共|共有|总数|全部|合计|总计")


def first_batch_for_all(question: str, before_amount: str) -> bool:
    """Whether the question asks all there are or will be and the amount, by ``before_amount`` (its clause up to
    it), counts only a first batch."""
    return bool(_FIRST_BATCH_BEFORE.search(before_amount) and _ASKS_ALL.search(question)
                and not _ASKS_FIRST.search(question))
