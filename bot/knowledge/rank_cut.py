"""Declining by reason an amount that cuts a ranking (对积分排名后10位的委员谈心提醒, 进入全省前20名): it counts
those at one end of the ranking, not all there are, so it answers no question counting a body's members or
a group's size (某委员会有几名委员), only one asking about that end (排名靠后的有几位, 前几名).

Used by doubted_next.doubt_of on the answer chosen; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["rank_cut_told"]

# A verb of ranking, then 前 or 后 right before the amount (排名后10位, 位列全省前3名, 进入前20名).
_CUT_BEFORE = re.compile(r"(?:排名|排行|排序|排在|名列|位列|位居|进入|跻身|居)[^,;。:]{0,8}?[前后]$")
# A question about a ranking or its end (前几名, 排名后几位, 靠后的, 倒数, 末位).
_ASKS_RANKING = re.compile(r"[前后]\d*(?:几|多少)?[名位]|排名|排行|名次|靠前|靠后|倒数|末位|最后|前列")


def rank_cut_told(question: str, fact: str, shown: str) -> bool:
    """Whether the amount ``fact`` in ``shown`` counts the places at one end of a ranking and the question asks no ranking."""
    at = shown.find(fact) if fact else -1
    if at < 0 or not re.match(r"[\d.]+[名位]", fact) or _ASKS_RANKING.search(question):
        return False
    return bool(_CUT_BEFORE.search(shown[max(0, at - 14):at]))
