"""A floor or a ceiling written right before an amount is part of what the figure says, as 以上 is
after it (rendering.py): 力争提交提案不少于35件 answers 明年提案目标几件 with 不少于35件, not a bare 35件
that reads as the exact target; 至少, 不低于, 不超过 the same. 突破 and 超过 bound a figure only in a
target (力争…村集体经济收入突破20万元); after a result (关注人数突破3万) they tell the level reached, and
the amount is shown alone.

连续 before an amount (连续三年被评为, 连续第二年获此称号) says the amount is a run without a break: 连续三年, not
a bare 三年 that may be any three years; shown wherever the amount stands in its clause.

Only when the amount closes its clause (…不少于35件，): an amount followed by the noun it counts is
told by ``counted_after`` and keeps its own shape.

Used by rendering.py (``Renderer.lead``).
"""

from __future__ import annotations

import re

__all__ = ["bound_before", "floor_or_rank_before"]

# Where a clause begins: the bound word and the target word are looked for after it.
_CLAUSE_START = re.compile(r"[，,；;。：:（(）)！!？?\s“”\"]")
# What may follow an amount that closes its clause: a delimiter or the sentence end.
_CLOSES = re.compile(r"(?:[，,；;、。：:（(）)！!？?\s]|$)")
_FLOOR = re.compile(r"(?:不少于|不低于|不超过|不多于|不高于|至少)$")
_PASSED = re.compile(r"(?:突破|超过)$")
# A target's words: what follows is aimed at, so 突破 / 超过 bound it.
_TARGET = re.compile(r"力争|争取|确保|目标|计划|预计|拟")
# Before an amount the sentence goes on to count (不少于500件提案, 前30名): a floor, a ceiling or a rank.
# A run without a break: 连续三年, 连续第二年.
_RUN = "连续"
_BEFORE_COUNTED = re.compile(r"(?:不少于|不低于|不多于|不高于|至少|最少|最多|(?<![提之以此目当事会])前)$")


def bound_before(sentence: str, at: int, shown: str) -> str:
    """The bound word written right before the amount ``shown`` standing at ``at`` in the normalised
    ``sentence`` (不少于, 至少; 突破 / 超过 in a target), or ""."""
    if not _CLOSES.match(sentence, at + len(shown)):
        return ""
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, at)]
    clause = sentence[starts[-1] if starts else 0:at]
    floor = _FLOOR.search(clause)
    if floor:
        return floor.group(0)
    passed = _PASSED.search(clause)
    if passed and _TARGET.search(clause):
        return passed.group(0)
    return ""


def floor_or_rank_before(sentence: str, at: int, shown: str, fact: str) -> str:
    """The bound written before the amount ``fact`` standing at ``at`` in the normalised ``sentence``, shown as
    ``shown``: a floor closing its clause (``bound_before``), else a floor before an amount the sentence goes on
    to count, or the 前 of a rank (前30名; 提前2天 is no rank), or 连续 (连续三年); "" when none."""
    if sentence[:at].endswith(_RUN):
        return _RUN
    if sentence.startswith(shown, at):
        bound = bound_before(sentence, at, shown)
        if bound:
            return bound
    bound = _BEFORE_COUNTED.search(sentence, 0, at)
    if bound is None or bound.group(0) == "前" and not re.fullmatch(r"\d+[名位]", fact):
        return ""
    return bound.group(0)
