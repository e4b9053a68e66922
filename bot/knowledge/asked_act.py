"""The act a count question asks of (开放日请了多少人, 讲堂办了几期), told in the clause of an amount.

A sentence may name the thing asked about in one clause and count what was done with it in the next
(举办"提案开放日"活动，邀请市民代表…共38名): the clause with the question's own verb inside a word of its
own (请 → 邀请, 办 → 举办, 办理; 卖 → 销售) counts what the question asks, though it repeats no noun of it.
General Chinese only; used by the reader (reading.py) for how-many questions.
"""

from __future__ import annotations

import re
from .patterns import pattern

__all__ = ["act_told"]

# One character written before 了 and a question of amount: the act asked (请了多少人, 办了几期).
_ASKED_ACT = re.compile(r"([\u4e00-\u9fff])了(?:多少|几)")
# Verbs of being or having, and of coming or going: they tell no act of their own.
_NO_ACT = frozenset("有是为成到来去多少了过")
# Spoken verbs a report writes with another character (卖了多少钱 → 销售额, 出售; 买了多少 → 采购, 购买).
_WRITTEN_AS = {"卖": "[卖售]", "买": "[买购]"}


def act_told(question: str, clause: str) -> bool:
    """Whether ``clause`` writes, within a longer word, the one-character act ``question`` asks of."""
    asked = _ASKED_ACT.search(question)
    if not asked or asked.group(1) in _NO_ACT:
        return False
    verb = _WRITTEN_AS.get(asked.group(1), asked.group(1))
    return bool(pattern(rf"[\u4e00-\u9fff]{verb}|{verb}[\u4e00-\u9fff]").search(clause))
