"""Where the items of a breakdown stop (used by breakdowns.py).

The items after 其中 run up to the next 。, ； or the bracket that closes around them (19次（其中宣讲11次、观摩8次）);
a bracket of figures opened within them closes nothing of theirs (其中获省级领导批示4件次（2022年为1件次），获市领导
批示49件次), so it is no stop; one within a name (街道（镇）9个) still stops them, as it always did. The items of a
scope (在参加评议的164名委员中，优秀的22名；称职的121名…) run on over ；: each statement after it is one more of its
parts.
"""

from __future__ import annotations

import re

__all__ = ["ITEM_END", "SCOPE_END", "stop_after"]

ITEM_END = re.compile(r"[。;；)）]")
SCOPE_END = re.compile(r"[。)）]")
# A bracket of an item's figures (（2022年为1件次）, （占12.1%）); one within a name (街道（镇）) still stops, as before.
_BRACKET = re.compile(r"[(（][^()（）]*\d[^()（）]*[)）]")


def stop_after(text: str, start: int, scope: bool = False, end: int | None = None) -> int | None:
    """Where the first stop of items starting at ``start`` stands in ``text`` (up to ``end``), brackets opened
    after ``start`` passed over; None when there is none."""
    stop = (SCOPE_END if scope else ITEM_END).search(_BRACKET.sub(lambda m: "_" * len(m.group()), text[start:end]))
    return start + stop.start() if stop else None
