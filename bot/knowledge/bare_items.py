"""The item of a breakdown that names a word bare, beside items that qualify it.

Breakdowns of outcomes often share one word among all their items, qualified in all but one:
提案人表示满意的212件、基本满意的45件、不满意的7件; 已解决的58件、基本解决的30件、未解决的9件. A
question naming the word alone (满意的有多少件) asks the bare item, not 基本满意 or 不满意: the word
still tells which item is meant, though every item holds it.

A qualifier is a word of negation or degree written right before the shared word (不, 未, 没有, 基本,
部分, 较为 …): general Chinese. When the question itself qualifies the word (不满意的有几件), no item is
singled out here: its own words name the item.

Used by breakdowns.py (``_item_weights``).
"""

from __future__ import annotations

import re

__all__ = ["bare_items"]

# Negation or degree right before a word: the item is another outcome than the word alone.
_QUALIFIER = re.compile(r"(?:不|未|没有|没|非|基本|部分|大部分|较为|比较|较|尚未|暂未|暂不)$")


def bare_items(kind: tuple[str, ...], names: list[str], asked: list[tuple[str, ...]]) -> list[bool]:
    """For a word (``kind``, with its equivalents) that every item name holds: which names hold it with no
    qualifier right before it, when others hold it only qualified; [] when that does not single any out, or
    when a word the question says (``asked``) qualifies it itself."""
    if any(e != x and e.endswith(x) and _QUALIFIER.search(e[:-len(x)]) for k in asked for e in k for x in kind) \
            or any(_QUALIFIER.fullmatch(e) for k in asked for e in k):
        return []  # 不满意的有几件, 基本满意的几件 (基本 a word of its own): the question's own words name the item
    bare = []
    for name in names:
        at = [m.start() for x in kind if x for m in re.finditer(re.escape(x), name)]
        bare.append(any(not _QUALIFIER.search(name[:a]) for a in at))
    return bare if any(bare) and not all(bare) else []
