"""A change only proposed (建议将补助标准由每人每月300元提高到500元, 拟将…从20天压缩至10天): which of its
two figures a question asks.

A change told as done (由上年的86.0%提高到93.5%) reaches its second figure, and figure_years.py reads it so.
One only proposed or planned has reached nothing yet: its first figure is the value in force now, its
second the one sought.  So a question asking what is (现在是多少, 目前标准多少, or plainly 标准是多少)
takes the first; one asking the proposal or the plan (建议提高到多少, 计划调到多少, 目标多少) the second.
The first figure may stand after the measure it is counted per (由每人每月300元, 从每小时20元).

General Chinese only; a mixin-free helper used by ``FigureChoice._shape_score`` (figures.py).
"""

from __future__ import annotations

import re

from .facts import Quantity, find_quantities
from .frames import PLAN

__all__ = ["proposed_change_score"]

# A word proposing or planning what follows in its statement (建议将…, 提议把…, 拟将…, 研究将…).
_PROPOSING = re.compile(r"建议|提议|倡议|呼吁|希望|拟|研究|计划(?!生育|单列)|力争|争取|打算")
# 由 / 从, then at most the measure the figure is per (每人每月, 每小时): the figure a change starts from.
_FROM = re.compile(r"(?:由|从)(?:每[\u4e00-\u9fff]{1,2}?){0,2}$")
# What joins the two figures: a verb of change and 到 / 至 / 为, nothing else between.
_JOIN = re.compile(r"^(?:提高|提升|增加|增长|扩大|上调|下调|调整|调高|调低|降低|下降|减少|压缩|缩短|缩减|降|增|减|提)(?:到|至|为)$")
# A question asking the value sought: the proposal, or the change named (提高到多少, 调整为多少).
_ASKS_SOUGHT = re.compile(r"建议|提议|倡议|呼吁|希望|提出|(?:提高|提升|增加|增长|扩大|上调|下调|调整|调高|调低|降低|下降|减少|压缩|"
                          r"缩短|缩减|降|增|减|提)(?:到|至|为)")
# A title quoted (促成“关于优化营商环境的建议”…: a proposal named, whose outcome the sentence tells) proposes nothing.
_QUOTED = re.compile(r'"[^"]{0,60}"|“[^”]{0,60}”|《[^》]{0,60}》')
# The statement a proposing word governs: back to the last full stop or semicolon.
_STATEMENT_END = "。；;!?！？"

_WEIGHT = 0.4  # enough to outweigh the reached value's +0.2 (figures.FigureChoice._change_score)


def _pair(sentence: str, quantity: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two figures of a proposed change the quantity is one of: (from, to), or None."""
    found = find_quantities(sentence)
    for first, second in zip(found, found[1:]):
        if quantity not in (first, second) or first.unit != second.unit:
            continue
        if not _JOIN.match(sentence[first.end:second.start]):
            continue
        lead = sentence[:first.start]
        opened = _FROM.search(lead)
        if not opened:
            continue
        statement = lead[max(lead.rfind(c) for c in _STATEMENT_END) + 1:opened.start()]
        if _PROPOSING.search(_QUOTED.sub("", statement)):
            return first, second
    return None


def proposed_change_score(mode: str | None, question_norm: str, sentence: str, quantity: Quantity) -> float:
    """What a figure of a proposed change adds: the first figure (the value now) for a question asking
    what is, the second (the value sought) for one asking the proposal or a plan; 0 for any other figure."""
    pair = _pair(sentence, quantity)
    if pair is None:
        return 0.0
    sought = mode == PLAN or bool(_ASKS_SOUGHT.search(question_norm))
    is_first = quantity == pair[0]
    return _WEIGHT if is_first != sought else -_WEIGHT
