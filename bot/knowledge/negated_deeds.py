"""A figure of a deed the sentence denies: 不予立案转作意见建议处理的74件 counts the proposals not filed, so it
does not answer 立案多少件, which asks those filed (立案512件 in the clause before). A question that denies the
deed itself (不予立案的有多少件, 未立案的几件) asks exactly that figure. The denial may follow the amount and
its noun too: 东坝镇仍有6个行政村没有特派员服务 does not answer 特派员服务多少个行政村."""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds
from .patterns import pattern

# Words denying the deed right after them (不予立案, 未予采纳, 未立案, 没有落实, 不再受理).
_DENIAL = r"(?:不予|未予|未能|尚未|未|没有|没|不再|不)"

# The amount's noun, then a denial of what follows (6个行政村没有特派员服务, 3家企业尚未完成整改), a span of
# time between (30名委员全年未参加, 5个村至今没有通网).
_DENIED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:全年|年内|至今|目前|迄今|长期|始终)?(?:仍|还|尚|均|都)?"
                           r"(?:没有|尚未|未能|未予|未|没)")


def denied_deed_unasked(question_norm: str, words: list[str], sentence: str, quantity: Quantity) -> bool:
    """Whether a deed the question asks (a word of two or more characters) stands in the figure's clause
    only as denied there, and the question does not deny it."""
    start, end = clause_bounds(sentence, quantity.start)
    clause = sentence[start:quantity.start]
    after = _DENIED_AFTER.match(sentence, quantity.end, end)
    if after and not re.search(_DENIAL, question_norm) and any(
            len(word) >= 2 and word in sentence[after.end():end] for word in words):
        return True  # 服务多少个行政村 asked, 仍有6个行政村没有特派员服务 told: those the deed never reached
    for word in words:
        if len(word) < 2 or word not in clause:
            continue
        denied = [m for m in pattern(re.escape(word)).finditer(clause)
                  if re.search(_DENIAL + "$", clause[:m.start()])]
        if denied and len(denied) == clause.count(word) and not re.search(_DENIAL + re.escape(word), question_norm):
            return True
    return False
