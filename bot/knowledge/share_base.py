"""The base a share is taken of: 全年有412名委员参加过活动，占委员总数442名的93.2% — the 442名 after 占 and
before 的…% is the whole the 412名 are a share of, not what the clause before counts. Asked the deed's count
(参加过活动的委员有多少名), the base does not answer; asked the whole (委员一共多少名, 委员总数), it does.

Used by figures.py when it weighs an amount's shape. General Chinese only.
"""

from __future__ import annotations

import re

from .facts import Quantity

__all__ = ["share_base"]

# 占 (or 约占, 仅占) and the base's noun before the amount, in one clause.
_SHARE_BEFORE = re.compile(r"占[^\d,;。:!?、]{0,16}$")
# The share right after the base: 的93.2%, 的三分之一, 的一半.
_SHARE_AFTER = re.compile(r"(?:的|之)(?:\d+(?:\.\d+)?%|[一二三四五六七八九十]+分之|一半|大半|多数|少数)")
# A question asking the whole itself.
_ASKS_WHOLE = re.compile(r"一共|总共|总数|总量|总计|合计|共有|现有|全部|所有")


def share_base(question: str, sentence: str, quantity: Quantity) -> bool:
    """Whether the amount is the base a share is taken of (占委员总数442名的93.2%) and the question does not ask the
    whole."""
    before = _SHARE_BEFORE.search(sentence, 0, quantity.start)
    if _ASKS_WHOLE.search(question) or not before or not _SHARE_AFTER.match(sentence, quantity.end):
        return False
    # The question writing the base's own noun (全年立案提案多少件, 占全年立案提案184件的31.5%) asks the base.
    noun = re.sub(r"^占(?:全部|所有)?", "", before.group()).rstrip("的")
    return not (len(noun) >= 3 and noun in question)
