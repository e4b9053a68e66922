"""Whether an amount is told in money, for a question asking money.

块 is money in speech (多少块钱, 花了几块) and also the measure word of a thing (展板40块, 显示屏3块). A
question asking 多少块 is read as asking money (the lexicon files 块 with 元), yet a report writes money in
元, never in 块: an amount a report writes in the very measure word asked (制作展板40块 for 展板做了多少块)
answers it as that measure, and is not passed over as no money.

For: the money checks of ``FactReader._fit_number`` (reading.py).
"""

from __future__ import annotations

from .facts import Quantity
from .question import QuestionAnalysis

__all__ = ["MONEY_UNITS", "told_in_money"]

MONEY_UNITS = ("万元", "亿元", "人民币", "元")


def told_in_money(q: QuestionAnalysis, quantity: Quantity) -> bool:
    """Whether ``quantity`` is an amount of money, or told in the measure word ``q`` asks (多少块 → 40块)."""
    return quantity.unit in MONEY_UNITS or bool(q.unit) and quantity.unit == q.unit
