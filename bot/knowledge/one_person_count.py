"""A sum asked (委员一共交了多少篇心得), one named person's own figure told (其中,"甲之星"某某全年提交心得64篇,
居首位), or a figure per one (每提交1篇心得计1分, 每个书屋配备图书300册): the whole the report gives elsewhere
(委员提交心得1468篇) answers, not what one member did nor a rule's unit.

For: answer.py, which ranks such an amount lower when reading closely. General Chinese only.
"""

from __future__ import annotations

import re
from typing import Sequence

from .facts import clause_bounds

__all__ = ["one_persons_figure"]

_ASKS_SUM = re.compile(r"一共|总共|合计|总计|共计|总数|加起来|全部|所有")
# 每 and a verb or measure right before the amount (每提交1篇, 每个书屋配备300册, 每季度至少1篇): a figure per one.
_PER_ONE = re.compile(r"每[\u4e00-\u9fff]{0,8}$")


def one_persons_figure(norm: str, sentence: str, fact: str, names: Sequence[str]) -> bool:
    """Whether ``norm`` asks a sum, naming no person, and the clause telling ``fact`` in ``sentence`` names one."""
    if not fact or not _ASKS_SUM.search(norm) or any(name in norm for name in names):
        return False
    found = re.search(r"(?<![\d.])" + re.escape(fact), sentence)
    if found is None:
        return False
    start = clause_bounds(sentence, found.start())[0]
    told = [name for name in names if name in sentence[start:found.start()]]
    return len(told) == 1 or bool(_PER_ONE.search(sentence, start, found.start()))
