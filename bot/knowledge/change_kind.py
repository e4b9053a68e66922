"""Whose change a difference tells: asked how much a thing named plainly changed (提案比上年多了多少件), the
difference of all of them (共收到提案372件，比上年的341件增加31件) answers, not that of a narrower kind the
sentence names with a word the question does not say — a kind's word before the noun (集体提案45件，…，比上年
增加9件; 遴选出12件重点提案，…，比上年增加2件) or a relative clause (闭会期间提交的提案比上年增加13件).  A
relative clause telling a total (共收到…提出的提案) narrows nothing.  A kind's word before the noun narrows only where
the text tells the thing's change more than once (提案 of all, 集体提案, 重点提案 each 比上年…): where it tells one change
of it (组织委员集中学习12次，比上年增加3次; 委员履职率…比上年提高2.5个百分点) the word is its doer or its only form, and
that one change answers.

Used by reading.py when it weighs the amounts of a sentence; plain functions over text.
"""

from __future__ import annotations

import re
from typing import Callable

from .compared_level import compared_level
from .facts import Quantity, clause_bounds
from .figure_years import asks_change, is_difference
from .question import QuestionAnalysis

__all__ = ["narrower_change"]

# Words of a change, not of the thing that changed (增加, 比上年多).
_CHANGE_WORD = re.compile(r"增|减|涨|降|升|提高|多|少|变化|幅度")
# A relative clause telling all of them (共收到…提出的, 全年…提交的, 各类): no narrower kind.
_TOTAL = re.compile(r"共|累计|全年|全部|总计|合计|各类|所有")
# Verbs and function words that end what comes before a noun without qualifying it (收到提案, 提交了提案).
_NOT_QUALIFIER = re.compile(r"(?:收到|提出|提交|提|交|受理|征集|审查|办理|承办|形成|报送|共有|共|有|为|的|了|和|及|与|、)$")


def _asked_nouns(q: QuestionAnalysis) -> list[str]:
    """The things the question names (提案), longest first: not its words of change."""
    nouns = {e for t in q.terms if not any(_CHANGE_WORD.search(e) for e in t.equivalents)
             for e in t.equivalents if len(e) >= 2}
    return sorted(nouns, key=lambda e: (-len(e), e))


def _changes_told(noun: str, text: str) -> int:
    """How many statements of ``text`` tell a change of ``noun`` (the noun, then 比上年 / 同比 / 增加 … in its statement)."""
    return len(re.findall(re.escape(noun) + r"[^。；;！？\n]{0,25}?(?:比上年|比去年|较上年|同比|增加|增长|提高|减少|下降)", text))


def narrower_change(q: QuestionAnalysis, sentence: str, quantity: Quantity, quantities: list[Quantity],
                    words: Callable[[str], list[str]], text: str = "") -> bool:
    """Whether the amount is a difference asked of a plainly named thing that the sentence tells of a narrower
    kind of it, qualified by a word the question does not write (see the module's docstring)."""
    if not asks_change(q) or not is_difference(sentence, quantity):
        return False
    nouns = _asked_nouns(q)
    if not nouns:
        return False
    named_at = [m.start() for e in nouns for m in re.finditer(re.escape(e), sentence)]
    level = compared_level(sentence, quantity, quantities, named_at)
    if level is not None:
        start, end = level[1], clause_bounds(sentence, level[0].start)[1]
    else:
        start, end = clause_bounds(sentence, quantity.start)[0], quantity.start
    region = sentence[start:end]
    spots = [(m.start(), e) for e in nouns for m in re.finditer(re.escape(e), region)]
    if not spots:
        return False
    at, noun = max(spots, key=lambda spot: (spot[0], len(spot[1])))
    before = region[:at]
    if before.endswith("的"):
        clause = before[:-1]
        told = [w for w in words(clause) if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)]
        # The question writing a word of the clause (闭会期间提案 for 闭会期间提交的提案) asks of that kind itself.
        return not _TOTAL.search(clause) and bool(told) and not any(w in q.norm for w in told)
    if not before or _NOT_QUALIFIER.search(before) or not re.search(r"[\u4e00-\u9fff]$", before):
        return False
    if re.search(r"[和及与或、]", before[-6:]):
        return False  # kinds named together (满意和基本满意率): all of them, no narrower one
    if any(e in before[-6:] for e in nouns if e not in noun):
        return False  # 集体收入 asked, 集体经济收入 told: the question names the kind, a word left out
    cut = words(before[-6:])
    last = cut[-1] if cut else ""
    return len(last) >= 2 and last not in q.norm and not _NOT_QUALIFIER.search(last) and _changes_told(noun, text) > 1
