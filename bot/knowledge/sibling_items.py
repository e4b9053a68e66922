"""Items of a breakdown written one a clause, each a name and its amount (民盟某市委会41篇，…，民革某市委会22篇，
市工商联12篇): a short clause naming a body before its amount, after a clause that is itself such an item (its
amount of the same measure ending it), is one more item counting its own body, not a continuation of the clause
before (as 组建服务队，队员58人 is; nor 每月一期，全年举办11期, nor 计划修缮12座，实际完成14座).  Asked 民革报了多少篇,
the amount after 民革's name answers, not the next item's.

Used by listed_counts.py (``item_of_a_list``); general Chinese only.
"""

from __future__ import annotations

import re
from typing import Sequence

from .facts import Quantity

__all__ = ["sibling_item"]

# The name a short item opens with: a few characters naming a body or group, no verb of total or comparison.
_NAME = re.compile(r"^[\u4e00-\u9fff()（）]{2,10}$")
_NOT_A_NAME = re.compile(r"共|总|合计|累计|达|为|是|比|较|占|这|该|此|上年|去年|同期|增加|减少|增长|下降|提高|实际|计划|完成"
                         r"|全年|年内|当年|^每")


def sibling_item(sentence: str, quantities: Sequence[Quantity], prior: int, start: int) -> bool:
    """Whether the short clause at ``start`` (its name, then one amount) follows a clause (from ``prior``) ending with an
    amount of the same measure: then both are items of one breakdown."""
    own = [x for x in quantities if x.start >= start and sentence.find(",", start, x.start) < 0]
    before = [x for x in quantities if prior <= x.start < start]
    if len(own) != 1 or not before or before[-1].unit != own[0].unit:
        return False
    if sentence[before[-1].end:start].strip(",，、;；") or not _NAME.match(sentence[start:own[0].start]):
        return False  # the clause before goes on after its amount, or this one opens with no name
    lead = re.sub(r"^其中", "", sentence[prior:before[-1].start])
    if not _NAME.match(lead) or _NOT_A_NAME.search(lead):
        return False  # the clause before is no item of a name and its amount (每月1期; 2023年计划修缮古桥12座)
    return not _NOT_A_NAME.search(sentence[start:own[0].start])
