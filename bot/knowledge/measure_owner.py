"""Whether the sentence chosen names what a measure asked belongs to: a figure such as 总投资,
产值, 规模 or 金额 is always some thing's own (这批项目总投资68.4亿元 is the 23 projects'), so a
question naming its owner (老旧小区改造总投资多少) is not answered by a sentence and paragraph that
never name that owner, whatever deed word they share with it (改造 in 智能化改造).

For: the checks' doubt on a chosen amount (named_things.py, called from checks.py).  Not for: what an
amount counts (counting.py) or places and meetings named by a head word (named_things.py).
"""

from __future__ import annotations

import re

from .question import QuestionAnalysis

__all__ = ["owner_untold"]

# A measure that is a thing's own (general Chinese): its owner is written before it.
_MEASURE = re.compile(r"总?(?:投资|产值|规模|金额|总额|造价|营业额|销售额|营收|总投入)")
# Deeds done to an owner and generic heads or scopes: they name no owner of their own (改造 of 老旧小区).
_NOT_OWNER = re.compile(r"^(?:改造|建设|新建|改建|扩建|修建|兴建|提升|整治|实施|推进|开展|引进|招引|签约|完成|计划|"
                        r"项目|工程|今年|去年|明年|全年|当年|本年|这批|那批|这些|那些|这个|那个|该|各|全部|一共|"
                        r"共|累计|合计|总共|全市|全县|全区|全省|全镇|相关|有关|多少|是|的|有|达到)$")


def owner_untold(q: QuestionAnalysis, shown: str, where: str, equivalents) -> bool:  # noqa: ANN001
    """Whether an amount asked as a measure of an owner (老旧小区 改造 总投资) is told by a sentence that,
    with ``where`` (its paragraph and surroundings), names none of the owner's words (小区): each owner
    word of two characters or more, not a deed or a scope, must stand there or a synonym of it."""
    if q.kind != "number":
        return False
    measure = _MEASURE.search(q.norm)
    if not measure:
        return False
    owner = _owner_words(q, measure.start())
    text = shown + "\n" + where
    return bool(owner) and any(not any(e in text for e in equivalents(w)) and not written_in_full(w, text) for w in owner)


def written_in_full(short: str, text: str) -> bool:
    """Whether a text writes in full what a short name of three or four characters shortens, its characters in
    order within a word at most twice as long, first and last the same (农博会 for 农业博览会)."""
    if not 3 <= len(short) <= 4:
        return False
    spread = r"[\u4e00-\u9fff]{0,3}?".join(re.escape(c) for c in short)
    return any(len(m.group()) <= 2 * len(short) for m in re.finditer(spread, text))


def _owner_words(q: QuestionAnalysis, end: int) -> list[str]:
    """The question's words written right before the measure, back to a name (judged elsewhere) or its start."""
    found: list[str] = []
    while end > 0:
        before = next((t for t in q.terms if q.norm.endswith(t.text, 0, end)), None)
        if before is None or before.entity:
            break
        if len(before.text) >= 2 and not _NOT_OWNER.match(before.text):
            found.append(before.text)
        end -= len(before.text)
    return found
