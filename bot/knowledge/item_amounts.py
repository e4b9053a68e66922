"""A total asked (协议投资总额是多少, 一共投资多少), an amount of one item of a list of items told: a sentence listing
items, each closed by a semicolon and each with its amount after the same words (签约项目中，侨资项目4个，协议投资5.62亿元；
港资项目2个，协议投资3.15亿元；台资项目1个，协议投资6900万元), gives each item its own part of the whole, never the
whole. Unless the question names the item itself (港资项目协议投资多少): a word of the question standing in that item
and in no other.  A scope opening the list (签约项目中，其中) is shared by all the items.

Used by the number reader (reading.py) on the amount it chose; general Chinese only.
"""

from __future__ import annotations

import re

from .facts import Quantity

__all__ = ["one_item_of_several"]

# A total asked: the whole of what the items share.
_TOTAL_ASKED = re.compile(r"总额|总数|总量|总计|合计|共计|一共|总共|加起来|全部")
# A scope opening the list, shared by every item (签约项目中，…; 其中，…).
_SHARED_SCOPE = re.compile(r"^[^,;]*中,")
# The words right before an amount in its clause (协议投资 of 协议投资5.62亿元).
_LEAD = re.compile(r"([\u4e00-\u9fff]{2,})$")


def one_item_of_several(question: str, words: list[str], sentence: str, amount: Quantity) -> bool:
    """Whether the question asks a total and ``amount`` is one item's of a semicolon list whose items each write
    the same words before their amount, the question naming none of the items by ``words`` of its own."""
    if not _TOTAL_ASKED.search(question):
        return False
    items, start = [], 0
    for part in sentence.split(";"):
        items.append((start, start + len(part)))
        start += len(part) + 1
    if len(items) < 2:
        return False
    own = next((i for i, (a, b) in enumerate(items) if a <= amount.start < b), None)
    clause_start = max(sentence.rfind(c, 0, amount.start) for c in ",;:") + 1
    lead = _LEAD.search(sentence[clause_start:amount.start])
    if own is None or not lead:
        return False
    texts = [sentence[a:b] for a, b in items]
    texts[0] = _SHARED_SCOPE.sub("", texts[0])
    alike = [i for i, text in enumerate(texts) if i != own and re.search(re.escape(lead.group(1)) + r"[\d约近超]", text)]
    if not alike:
        return False
    return not any(w in texts[own] and not any(w in texts[i] for i in range(len(texts)) if i != own)
                   for w in words if len(w) >= 2)
