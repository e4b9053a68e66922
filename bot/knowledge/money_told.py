"""Whether an amount is told in money, for a question asking money.

块 is money in speech (多少块钱, 花了几块) and also the measure word of a thing (展板40块, 显示屏3块). A
question asking 多少块 is read as asking money (the lexicon files 块 with 元), yet a report writes money in
元, never in 块: an amount a report writes in the very measure word asked (制作展板40块 for 展板做了多少块)
answers it as that measure, and is not passed over as no money.

A fee asked (收费多少, 学费多少) is money a payer hands over: an amount of money whose clause tells no charge, price
or rent (运营补助…提高到500元) is another kind of money, a grant or a fund, and answers no fee.

For: the money checks of ``FactReader._fit_number`` (reading.py).
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .facts import Quantity, clause_bounds
from .question_words import FEE_WORDS

if TYPE_CHECKING:
    from .question import QuestionAnalysis

__all__ = ["MONEY_UNITS", "fee_untold", "told_in_money"]

MONEY_UNITS = ("万元", "亿元", "人民币", "元")
_FEE_ASKED = re.compile(FEE_WORDS)
_FEE_TOLD = re.compile(r"[费价租]|收取")


def told_in_money(q: QuestionAnalysis, quantity: Quantity) -> bool:
    """Whether ``quantity`` is an amount of money, or told in the measure word ``q`` asks (多少块 → 40块)."""
    return quantity.unit in MONEY_UNITS or bool(q.unit) and quantity.unit == q.unit


def fee_untold(q_norm: str, sentence: str, quantity: Quantity) -> bool:
    """Whether a fee is asked (托班月收费多少) and the amount's clause tells no charge, price or rent (运营补助标准…
    提高到500元 is a grant): other money, not the fee."""
    if not _FEE_ASKED.search(q_norm):
        return False
    a, b = clause_bounds(sentence, quantity.start)
    return not _FEE_TOLD.search(sentence, a, b)
