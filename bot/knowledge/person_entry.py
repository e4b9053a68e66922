"""An entry of a list (葛某（医药卫生界，某医院副院长）：全年报送信息41条，被采用23条…; a table's row read as
农业界：提案39件，社情民意信息97条，采用45条。): a sentence opening with a label (a person's name with their
brackets, or an item's name) and a colon, then figures of that one item's own.  A count asked of no such item
(社情民意被采用了多少条) is the whole body's, told elsewhere; the entry's figures rank after it (and still answer
where nothing else does).

Used by the answerer's ranking (answer.py); general Chinese layout only.
"""

from __future__ import annotations

import re

from .facts import find_quantities

__all__ = ["one_items_entry"]

# The label, a person's brackets if any, then the colon opening the entry (normalised: ASCII brackets and colon).
_ENTRY = re.compile(r"([\u4e00-\u9fff]{2,10})(?:[(（][^()（）]{2,40}[)）])?[:：]")


def one_items_entry(sentence: str, question: str) -> bool:
    """Whether the sentence is one item's entry of figures (two or more) and the question names not that item."""
    entry = _ENTRY.match(sentence)
    return bool(entry) and entry.group(1) not in question and len(find_quantities(sentence[entry.end():])) >= 2
