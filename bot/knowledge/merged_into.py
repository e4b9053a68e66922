"""What things were merged into is not how many were merged: in 有38件内容相近，作并案处理，合并为15件办理 the
amount after 合并为 counts what they became (15件), those merged are the 38件.  Asked of the merging (并案处理的提案
几件, 合并了多少件) the amount acted on answers; asked what they became (合并为几件, 并成多少件, 合并后几件) the
amount after the verb does.

Likewise what was there before a change (将原有的8支服务队整合重组为13支, 由原来的96个调整为88个): the amount
written after 原有的 / 原来的 counts the former things, so a count asked plainly or of now (一共几支, 现在多少个)
is answered by the new one after it; a question asking the former (原来有几支, 调整前多少个) keeps it.

Used by reading.py when it weighs the amounts of a sentence; plain functions over text.
"""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds

__all__ = ["merged_into_unasked", "merged_score"]

# A verb of merging or gathering, then 为 / 成, right before the amount (合并为15件, 归纳整理成8个方面).
_INTO_BEFORE = re.compile(r"(?:合并|归并|并案|整合|汇总|归纳|梳理|整理|并)(?:为|成)了?$")
# The question asks what they became (合并为几件, 并成了多少件, 合并后有几件).
_ASKS_INTO = re.compile(r"(?:为|成)了?(?:多少|几)|(?:合并|归并|并案|整合|汇总|归纳|梳理|整理)(?:以)?后")

# What was there before a change, written right before its amount (原有的8支, 由原来的96个); and a question asking it.
_FORMER_BEFORE = re.compile(r"(?:原有|原来|原先|原本)的?$")
_ASKS_FORMER = re.compile(r"原有|原来|原先|原本|本来|以前|之前|此前|过去|(?:调整|整合|重组|合并|改革|改造)前")


def former_unasked(norm: str, sentence: str, quantity: Quantity, quantities: list[Quantity]) -> bool:
    """Whether the amount counts what was there before a change (原有的8支…整合重组为13支), a later amount of its
    measure word in its statement telling what there is now, and the question asks no former state."""
    if _ASKS_FORMER.search(norm) or not _FORMER_BEFORE.search(sentence[clause_bounds(sentence, quantity.start)[0]:quantity.start]):
        return False
    return any(later.start > quantity.end and later.unit == quantity.unit
               and not re.search(r"[;；。!?！？]", sentence[quantity.end:later.start]) for later in quantities)


def merged_into_unasked(norm: str, sentence: str, quantity: Quantity) -> bool:
    """Whether the amount counts what things were merged into (合并为15件) and the question asks no such result."""
    if _ASKS_INTO.search(norm):
        return False
    a, _ = clause_bounds(sentence, quantity.start)
    return bool(_INTO_BEFORE.search(sentence[a:quantity.start]))


def merged_score(norm: str, sentence: str, quantity: Quantity, quantities: list[Quantity]) -> float:
    """How an amount fares by the merging its statement tells, the question asking none of the result: one
    counting what things were merged into falls (合并为15件), the nearest one before it of its measure word,
    in the same statement, counts those merged and rises (有38件…作并案处理)."""
    if merged_into_unasked(norm, sentence, quantity):
        return -1.0  # what they became tells nothing of how many there were
    if former_unasked(norm, sentence, quantity, quantities):
        return -0.5  # 原有的8支 for 一共几支: gone; the 13支 they became are there now
    if _ASKS_INTO.search(norm):
        return 0.0
    for into in quantities:
        if into.start <= quantity.start or into.unit != quantity.unit or not merged_into_unasked(norm, sentence, into):
            continue
        between = sentence[quantity.end:into.start]
        earlier = [x for x in quantities if quantity.start < x.start < into.start and x.unit == quantity.unit]
        if not earlier and not re.search(r"[;；。!?！？]", between):
            return 0.3
    return 0.0
