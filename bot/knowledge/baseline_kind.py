"""Declining by reason an amount that is the baseline of a told change (比上年的15件, 比9届3次会议立案数228件,
比上年的90.6%) when the question counts another thing than the one compared.

A baseline amount is the earlier value of the thing the change is told of, and that thing is written
either inside the baseline itself (比9届3次会议立案数228件: 立案数), or as the noun right after the amount
compared (遴选出18件重点提案，比上年的15件增加3件: 重点提案), or as the rate the amount compared is of
(采纳率(A类和B类合计)为92.9%，比上年的90.6%: 采纳率).  A question about another thing (2023年立案提案多少件,
优秀提案评了多少件, A类提案占比) is not answered by it, though the sentence speaks of its words elsewhere.
General Chinese only; used by the checks (checks.py, ``Checks.doubt``).
"""

from __future__ import annotations

import re

__all__ = ["baseline_of_other"]

_AMOUNT = r"\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?[\u4e00-\u9fff%]"  # with its measure word (18件, 150万元, 92.9%)
# The baseline right before the amount: 比 / 较 / 由 a time or session (上年, 2019年, 9届3次会议, 上届), then 的
# or what it names of its own as a count (立案数); not the change told against it (比上年增加9件).
_BASELINE = re.compile(r"(?:比|较|由)(?:上年|去年|上1年|前1年|(?:19|20)\d\d年|\d+届\d+次会议|上届(?:\(第\d+届\))?)"
                       r"(?:([\u4e00-\u9fff]{0,6}?)的|([\u4e00-\u9fff]{1,5}?数))$")
# The amount compared, before the baseline in its sentence, and the noun written right after it (18件重点提案).
_COMPARED_NOUN = re.compile(rf"{_AMOUNT}([\u4e00-\u9fff]{{2,8}}),?$")
# …or the rate it is of (采纳率(…)为92.9%, 立案率为88.4%).
_COMPARED_RATE = re.compile(rf"([\u4e00-\u9fff]{{2}})率(?:\([^)]*\))?(?:为|达到|达|是)?{_AMOUNT},?$")


def _asked(thing: str, question: str) -> bool:
    """Whether a question speaks of the thing compared: the whole, or its first word (重点 of 重点提案)."""
    thing = thing[:-1] if thing.endswith("数") else thing
    return thing in question or thing[:2] in question


def baseline_of_other(question: str, fact: str, shown: str) -> bool:
    """Whether the amount answered is the baseline of a change told of a thing the question does not speak of."""
    at = shown.find(fact)
    if at < 0 or fact in question:
        return False
    baseline = _BASELINE.search(shown[max(0, at - 24):at])
    if baseline is None:
        return False
    own = baseline.group(1) or baseline.group(2)
    if own:
        return not _asked(own, question)  # 比9届3次会议立案数228件: 立案 not asked
    before = shown[:at - len(baseline.group(0))]
    noun = _COMPARED_NOUN.search(before)
    if noun:
        return not _asked(noun.group(1), question)  # 遴选出18件重点提案，比上年的15件: 重点 not asked
    rate = _COMPARED_RATE.search(before)
    return bool(rate) and rate.group(1) not in question  # 采纳率为92.9%，比上年的90.6%: 采纳 not asked
