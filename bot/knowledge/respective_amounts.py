"""Amounts written respectively (分别) for things listed before them: 居前3位的是甲局、乙局和丙委员会，分别承办
47件、39件和36件; or for the counts of the clauses before them: 开展履职活动106次，参与委员780余人次，比上年分别
增长17.8%和21.5%.  Asked the amount of one of the things (乙局承办几件, 履职活动比上年增长多少), the amount at the
same place in the list of amounts answers, not the first one nor all of them joined.

Used by the fact reader (reading.py) on the amount it chose; general Chinese only.
"""

from __future__ import annotations

import re

from .facts import Quantity

__all__ = ["respective_amount"]

# 分别 and the amounts after it, joined by 、 / 和 / 及 / 与 (分别承办47件、39件和36件, 分别增长17.8%和21.5%).
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|占|承办|提交|增长|增加|提高|下降|减少|有)?")
_JOINED = re.compile(r"^(?:、|和|及|与|,)$")
# Where a list of things starts in its clause (居前3位的是甲、乙和丙; 其中甲、乙…).
_LIST_OPENS = re.compile(r".*(?:是|为|:|有|包括|其中)")
_CLAUSE_CUT = re.compile(r"[,;。:]")


def respective_amount(words: list[str], sentence: str, quantities: list[Quantity],
                      chosen: Quantity | None) -> tuple[Quantity, Quantity] | None:
    """The amount written for the one listed thing the question's ``words`` name, with the first amount of
    its run (whose words, 增长 …, it shares), when ``chosen`` is one of amounts written respectively (any,
    when None); None when there is no such list or the words name none or several."""
    run, opening = _amounts_after_respectively(sentence, quantities, chosen)
    if not run:
        return None
    things = _listed_things(sentence[:opening], len(run)) or _counted_clauses(sentence[:opening], len(run), quantities)
    if not things:
        return None
    told = [sum(len(w) for w in words if w in thing) for thing in things]
    best = max(told)
    if not best or told.count(best) != 1:
        return None
    return run[told.index(best)], run[0]


def _amounts_after_respectively(sentence: str, quantities: list[Quantity],
                                chosen: Quantity | None) -> tuple[list[Quantity], int]:
    """The amounts written together right after 分别 (two or more), when ``chosen`` is among them, and where
    分别 stands."""
    for match in _RESPECTIVELY.finditer(sentence):
        after = [x for x in quantities if x.start >= match.end()]
        if not after or after[0].start - match.end() > 6:
            continue
        run = [after[0]]
        for x in after[1:]:
            if not _JOINED.match(sentence[run[-1].end:x.start]):
                break
            run.append(x)
        if len(run) >= 2 and (chosen is None or any(x.start <= chosen.start < x.end for x in run)):
            return run, match.start()
    return [], 0


def _listed_things(before: str, count: int) -> list[str]:
    """The things listed in the clause before 分别 (甲局、乙局和丙委员会), when there are ``count`` of them."""
    clauses = [c for c in _CLAUSE_CUT.split(before) if c]
    if not clauses:
        return []
    clause = _LIST_OPENS.sub("", clauses[-1]) if "、" in clauses[-1] or "和" in clauses[-1] else ""
    if not clause and len(clauses) >= 2:
        clause = _LIST_OPENS.sub("", clauses[-2])  # 甲局、乙局和丙委员会，分别承办…: the list is the clause before
    items = clause.split("、")
    if items and len(items) < count:
        last = items.pop()
        # 县农业农村局和县文化和旅游局: the 和 before a word opening as the others do (县…) joins two of them.
        cuts = [i for i, c in enumerate(last) if c in "和及与" and 0 < i < len(last) - 1]
        cut = next((i for i in cuts if items and last[i + 1] == items[0][0]), cuts[-1] if cuts else -1)
        items += [last[:cut], last[cut + 1:]] if cut > 0 else [last]
    items = [i for i in items if i]
    return items if len(items) == count and all(len(i) >= 2 for i in items) else []


def _counted_clauses(before: str, count: int, quantities: list[Quantity]) -> list[str]:
    """The clauses before 分别 that each count something (履职活动106次，参与委员780余人次), the last ``count``
    of them in a row, when each holds one amount."""
    clauses, at = [], 0
    for part in re.split(r"(,)", before):
        if part != ",":
            clauses.append((at, at + len(part), part))
        at += len(part)
    clauses = [c for c in clauses if c[2]]
    counted = []
    for start, end, text in reversed(clauses):
        inside = [x for x in quantities if start <= x.start < end]
        if len(inside) != 1:
            if counted:
                break
            continue  # the clause of 分别 itself (比上年分别增长…) holds the amounts asked, or none
        counted.insert(0, text)
        if len(counted) == count:
            return counted
    return []
