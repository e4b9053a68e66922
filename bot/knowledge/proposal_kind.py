"""Declining by reason a figure of all proposals given for one kind asked: 联名提案立案率多少,
生态文明提案办结率多少, 个人提案立案了多少件, 市某局办的提案满意率 — the words narrowing 提案 must stand in
the sentence telling the figure (or the heading or title it stands under: 界别提案 in a 界别's report);
立案率为88.4%, 办结率100%, 经审查立案25件 said of all proposals (or of another set, 某委员会联系的73件提案)
tells nothing of that kind.

Only a rate or count of the proposals themselves is judged (提案立案率, 提案有多少件), not a count of
something else the proposals led to (某某的提案推动新增床位多少张).  What narrows nothing is set aside
first: the time (去年, 2023年), the committee or place (县政协, 云州政协, 全县), a count given (315件), and
words meaning all of them (全部, 所有, 立案, 收到的).  Any two characters of what is left, written there, are
taken as telling it (生态文明方面提案 for 生态文明提案), as is a word the lexicon holds for it.

Used by the checks (checks.py, ``Checks.doubt``) on an amount chosen; general Chinese only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .simplify import to_simplified

__all__ = ["proposal_kind_untold"]

# The words right before 提案 (of 类 / 方面 / 的), back to the start or a pause; then the proposals' own rate
# (立案率, 办理满意率) or count (立案了多少件, 有几件) asked.
_KIND_ASKED = re.compile(r"(?:^|[,?、:;()中里])([\u4e00-\u9fff\d]{2,12}?)(?:方面|类|领域)?的?提案"
                         r"(?=的?(?:[\u4e00-\u9fff]{0,4}率|(?:立案|办结|办复|收到|提交|有|是|共|一共|总共|总数|数)?了?(?:多少|几)))")
# What narrows nothing, read off the front: a time, a committee or place, a count, a sum.
_FRONT = re.compile(r"^(?:(?:去年|今年|明年|前年|上一?年|上1年|本年|全年|当年|本届|\d+年度?|(?:[\u4e00-\u9fff]{2})?[省市县区]?政协|"
                    r"全[省市县区]|[省市县区]级|\d+件|共|一共|总共|累计)的?)+")
# …and anywhere: words meaning all of them, or a deed every proposal had, or when.
# A denial of such a deed (不予立案的提案) is judged where the figure is read (denied_asked.py), not as a kind.
_NARROWS_NOTHING = re.compile(r"全部|所有|全体|各类|各项|立案|收到|提交|提出|交办|办理|审查|这些|那些|这批|该批|"
                              r"那会儿?|那时候?|当时|不予|未予|未能|尚未|没有|不符合|[的了]")


# Two characters every committee's report writes (委员, 委员会, 政协): telling nothing of which proposals.
_EVERYWHERE = frozenset({"委员", "员会", "政协"})


def _kind(norm: str, places: Iterable[str]) -> str:
    matches = list(_KIND_ASKED.finditer(to_simplified(norm)))
    if not matches:
        return ""
    kind = matches[-1].group(1)  # the nearest the rate asked (去年立案提案中党派提案满意率: 党派)
    for place in places:
        kind = kind.replace(place, "")
    return _NARROWS_NOTHING.sub("", _FRONT.sub("", kind))


def proposal_kind_untold(norm: str, shown: str, about: str, places: Iterable[str],
                         equivalents: Callable[[str], Iterable[str]]) -> bool:
    """Whether the question narrows the proposals it rates or counts (联名提案立案率) and neither the sentence
    nor what it stands under (``about``: its heading, the title) writes those words: its figure is of all
    proposals, or of another set."""
    kind = _kind(norm, places)
    if len(kind) < 2:
        return False
    where = shown + "\n" + about
    pairs = {kind[i:i + 2] for i in range(len(kind) - 1)} - _EVERYWHERE
    return not any(pair in where for pair in pairs) and not any(
        e in where for e in equivalents(kind) if len(e) >= 2)
