"""Counts listed clause after clause: a short clause of an act and an amount
("组织视察9次") after a clause that is itself a list of amounts ("召开常委会会议6次、
主席会议11次") is one more item of the list, counting what it names itself.

A short clause without a name of what it counts ("组建科技服务队，队员58人") goes on
with the clause before, and so does one telling a total ("新建联络站9个，总数达到31个");
that carry is wrong for a list of counts, where each item names its own thing.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from .facts import Quantity
from .sibling_items import sibling_item

__all__ = ["item_of_a_list"]

# A clause opening with a word of a total sums up the clause before (，总数达到31个 / ，累计42次).
_TOTAL = re.compile(r"(?:总数|总量|共计|总计|合计|累计|一共|共|达到|达|其中)")


def item_of_a_list(sentence: str, quantities: Sequence[Quantity], prior: int, start: int,
                   compatible: Callable[[Quantity], bool]) -> bool:
    """Whether the clause before (from ``prior`` to ``start``) lists two amounts or more of the kind
    asked and the short clause at ``start`` tells no total: then it is a sibling item, not a
    continuation (…主席会议11次、秘书长会议14次，组织视察9次)."""
    listed = sum(1 for x in quantities if prior <= x.start < start and compatible(x))
    return (listed >= 2 or sibling_item(sentence, quantities, prior, start)) and not _TOTAL.match(sentence, start)  # 甲22篇,乙12篇
