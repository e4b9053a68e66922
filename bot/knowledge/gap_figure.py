"""A figure of a shortfall (从业人员缺口约1900人, 护理员缺口约300名, 床位尚缺120张) counts what is missing, not what
there is: it does not answer 从业人员多少人, which asks how many there are; a question naming the shortfall
(缺口多少, 还缺几个, 差多少) asks exactly that figure.  General Chinese only; used by ``FigureChoice._shape_score``
(figures.py) as negated_deeds.py's denied deed is.
"""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds

__all__ = ["gap_unasked"]

# A shortfall's word right before the figure, with at most a copula or an estimate between (缺口约, 缺口达, 尚缺).
_GAP_BEFORE = re.compile(r"(?:缺口|空缺|短缺|缺额|差额|(?:尚|还|仍)(?:缺|差))(?:为|是|达到?|有|约|大约|近|超过|在)*$")
# A question asking a shortfall (缺口多少, 还缺几个, 差多少, 空缺几个岗位, 不足多少).
_ASKS_GAP = re.compile(r"缺|差(?!异|别|距)|不足|不够")


def gap_unasked(question_norm: str, sentence: str, quantity: Quantity) -> bool:
    """Whether the figure is a shortfall (缺口约1900人) and the question does not ask one."""
    start, _ = clause_bounds(sentence, quantity.start)
    return bool(_GAP_BEFORE.search(sentence[start:quantity.start])) and not _ASKS_GAP.search(question_norm)
