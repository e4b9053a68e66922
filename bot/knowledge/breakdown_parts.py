"""A breakdown written as a sentence of its own, after the sentence giving its total:
共收到提案312件，比上年增加28件。其中，大会期间提交278件，闭会期间提交34件。 (or 从内容看，经济建设类152件…)

The parts count what the total counts: the thing the total's clause names (提案) need not be
repeated in the parts' sentence (used by ``FactReader``, reading.py, and ``NewestAnswer.tells_counted``, newest_told.py).
The total's sentence is read with its parts written on after it, so that breakdowns.py tells a
total from the part asked as it does within one sentence (figures.py).
"""

from __future__ import annotations

import re

from .facts import clause_bounds, find_quantities

# A sentence opening with 其中 (其中，… / 其中有…), or with the dimension a breakdown goes by (从内容看，
# 按领域分：), goes on breaking down what the one before counts.
_OPENS_BREAKDOWN = re.compile(r"其中[,，:：]?|(?:从|按)[\u4e00-\u9fff]{1,8}?(?:来看|看|划分|分)[,，:：]")
# A sentence opening with a passive or outcome word (被全国政协采用3篇，获得市领导批示29篇次) has no subject of
# its own: it tells what became of the things the sentence before counts (共报送社情民意信息412篇。).
_OPENS_OUTCOME = re.compile(r"被|获得?|得到|受到")


def total_before(sentences: list[str], s: int) -> str:
    """The sentence before ``s`` when sentence ``s`` opens a breakdown of it (其中，…), picks
    from it (年底，从中精选86篇: 从中 before its first figure) or tells what became of what it counts
    (被…采用3篇), and it gives a figure, its total; '' otherwise."""
    if s <= 0:
        return ""
    figures = find_quantities(sentences[s])
    if not _OPENS_BREAKDOWN.match(sentences[s]) and not (figures and 0 <= sentences[s].find("从中") < figures[0].start) \
            and not (figures and _OPENS_OUTCOME.match(sentences[s])):
        return ""
    before = sentences[s - 1]
    return before if find_quantities(before) else ""


# A breakdown by a dimension (从内容分类看，经济建设类81件…): what it breaks down may be told before its paragraph.
_BY_DIMENSION = re.compile(r"(?:从|按)[\u4e00-\u9fff]{1,8}?(?:来看|看|划分|分)[,，:：]")


def heading_counted(sentences: list[str], s: int, heading: str) -> str:
    """The heading of the section, when sentence ``s`` opens its paragraph with a breakdown by a
    dimension and names no thing counted (从内容分类看，经济建设类81件、…), or lists bodies each with
    a bare amount handed in (民盟…提交7件，民进…提交6件): its items count what the section reports on
    (一、提案工作情况 → 提案); '' otherwise."""
    if s == 0 and _BY_DIMENSION.match(sentences[s]) and find_quantities(sentences[s]):
        return heading
    return heading if _bare_handed_in(sentences[s]) else ""


# One item of a list of who handed in how many, the thing handed in left out: 民盟…区委会提交7件.
_BARE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:提交|提出|报送|递交)了?")


def _bare_handed_in(sentence: str) -> bool:
    """Whether the sentence lists two items at least made of a body, a verb of handing in and the
    amount alone, as members list who proposed how many (民盟…提交7件、民进…提交6件), and no figure of
    their measure word is anything else (数量居前2位 ranks them and counts nothing)."""
    bare, other = [], set()
    for figure in find_quantities(sentence):
        start = max(sentence.rfind(mark, 0, figure.start) for mark in "，,；;、：:") + 1
        ends = [i for i in (sentence.find(mark, figure.end) for mark in "，,；;、。") if i >= 0]
        end = min(ends) if ends else len(sentence)
        if not sentence[figure.end:end].strip() and _BARE_ITEM.fullmatch(sentence[start:figure.start]):
            bare.append(figure.unit)
        else:
            other.add(figure.unit)
    return len(bare) >= 2 and not set(bare) & other


def parts_after(sentences: list[str], s: int) -> str:
    """The sentence after ``s`` when it opens with 其中 (a breakdown of sentence ``s``'s total)."""
    if s + 1 >= len(sentences) or not sentences[s + 1].startswith("其中") or not find_quantities(sentences[s]):
        return ""
    return sentences[s + 1]


def around(sentences: list[str], s: int) -> tuple[str, str]:
    """The total sentence ``s`` breaks down, and the breakdown of sentence ``s``'s total ('' if none)."""
    return total_before(sentences, s), parts_after(sentences, s)


def with_parts(sentence: str, parts: str) -> str:
    """The sentence with the breakdown of its total written on after it, its figures where they
    were (…提案312件，比上年增加28件，其中，大会期间提交278件…): read as one sentence of a total and its parts."""
    return sentence.rstrip("。") + "，" + parts if parts else sentence


def total_names(words: tuple[str, ...] | frozenset[str], before: str) -> bool:
    """Whether one of ``words`` (the thing counted, in its equivalents) stands in a clause of the
    total's sentence that gives a figure: 收到…提案312件 names what 大会期间提交278件 counts."""
    if before and not find_quantities(before):  # a heading (heading_counted): what it names
        return any(word in before for word in words)
    for quantity in find_quantities(before):
        a, b = clause_bounds(before, quantity.start)
        if any(word in before[a:b] for word in words):
            return True
    return False
