"""A total of several bodies named together (各民主党派市委会、市工商联共报送198篇; 甲局和乙局合计承办40件): asked
the count of one of them alone (市工商联报了几篇), the joint figure is not its own; the body's own item, told
elsewhere (…，市工商联12篇), answers.  Asked the joint total itself (一共, 合计, or two of them named), it is.

Used by counted_others.py (``counts_others``); general Chinese only.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["joint_total"]

# The bodies listed, then the word of a total, up to the amount: 甲、乙共报送 / 甲和乙合计.
_LISTED = re.compile(r"([^,，;；。]{2,40}?(?:、|和|与|及)[^,，;；。]{2,30}?)(?:共|合计|一共|总共|共计)")
# Words before the list in its clause (由, 对, 围绕 …), and the shape of a body's name in it.
_LEAD = re.compile(r"由|对|向|为|是|有|在|围绕|包括")
_BODY_NAME = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:会|联|局|委|办|院|党|社|团|界|厅|部|所|中心|政府|政协)$")
_ASKS_TOTAL = re.compile(r"共|合计|总计|加起来|总数|总量|和|与|、")


def joint_total(question: str, terms, sentence: str, at: int) -> bool:  # noqa: ANN001 - the question's Terms
    """Whether the figure at ``at`` totals several bodies listed before it and the question asks of one of them."""
    if _ASKS_TOTAL.search(question):
        return False
    a, _ = clause_bounds(sentence, at)
    listed = _LISTED.search(sentence, a, at)
    if listed is None:
        return False
    items = re.split(r"、|和|与|及", listed.group(1))
    items[0] = _LEAD.split(items[0])[-1]  # 评议组由委员和代表共24人组成: the list starts after 由
    items[-1] = items[-1].split("等")[0]  # 甲、乙等方面的提案共计…: what follows 等 is all the items' head
    if not all(_BODY_NAME.match(item) for item in items):
        return False  # no list of bodies (A类和B类合计; "满意"和"比较满意"的比例合计; 深入单位和现场开展调研共24次)
    # A body is named by an item it ends (市工商联 of 工商联), not by one it opens (各专门委员会全年开展调研、视察…).
    named = [t.text for t in terms if len(t.text) >= 2 and any(item.endswith(t.text) for item in items)]
    return bool(named) and sum(any(item.endswith(n) for n in named) for item in items) == 1
