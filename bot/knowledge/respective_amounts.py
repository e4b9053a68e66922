"""Amounts written respectively (分别) for things listed before them: 居前3位的是甲局、乙局和丙委员会，分别承办
47件、39件和36件; or for the counts of the clauses before them: 开展履职活动106次，参与委员780余人次，比上年分别
增长17.8%和21.5%.  Asked the amount of one of the things (乙局承办几件, 履职活动比上年增长多少), the amount at the
same place in the list of amounts answers, not the first one nor all of them joined.  The things may be a set
of parts counted in order (4个季度分别提交286篇、331篇…, 三个阶段分别…): the second amount is 第二季度's.

Used by the fact reader (reading.py) on the amount it chose; general Chinese only.
"""

from __future__ import annotations

import re

from .facts import Quantity, find_quantities

__all__ = ["parts_counted", "respective_amount", "respective_things", "with_part_named"]

# 分别 and the amounts after it, joined by 、 / 和 / 及 / 与 (分别承办47件、39件和36件, 分别增长17.8%和21.5%).
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|占|承办|提交|增长|增加|提高|下降|减少|有)?")
_JOINED = re.compile(r"^(?:、|和|及|与|,)$")
# Where a list of things starts in its clause (居前3位的是甲、乙和丙; 其中甲、乙…).
_LIST_OPENS = re.compile(r".*(?:是|为|:|有|包括|其中)")
_CLAUSE_CUT = re.compile(r"[,;。:]")
# A count of parts that come in order, right before 分别 (4个季度, 三个阶段, 两批): the parts are 第一季度, 第二季度 ….
_ORDERED_PARTS = re.compile(r"(?P<count>[2-9]|10|[两二三四五六七八九十])个?(?P<part>季度|阶段|批次|批|轮|期|学期|年级|小组|组)(?:的[\u4e00-\u9fff]{1,6})?$")
_NUMERALS = "一二三四五六七八九十"
# A topic leading the sentence (从读书心得看，…; 就提案而言，…): what the clause after it counts.
_TOPIC_LEAD = re.compile(r"^(?:从|就)[\u4e00-\u9fff]{1,12}(?:看|来看|而言|来说),")


def respective_amount(words: list[str], sentence: str, quantities: list[Quantity],
                      chosen: Quantity | None) -> tuple[Quantity, Quantity, tuple[int, int, str] | None] | None:
    """The amount written for the one listed thing the question's ``words`` name, with the first amount of
    its run (whose words, 增长 …, it shares), when ``chosen`` is one of amounts written respectively (any,
    when None); None when there is no such list or the words name none or several.  Third, where the
    sentence names the thing only by counting the parts (4个季度) and the part's own name (第二季度), else None."""
    run, opening = _amounts_after_respectively(sentence, quantities, chosen)
    if not run:
        return None
    named = None
    things = _listed_things(sentence[:opening], len(run)) or _counted_clauses(sentence[:opening], len(run), quantities)
    if not things and (parts := _ORDERED_PARTS.search(sentence[:opening].rstrip(","))):
        things = _ordered_parts(parts, len(run))
        named = parts.start(), parts.end()
    if not things:
        return None
    told = [sum(len(w) for w in words if w in thing) for thing in things]
    best = max(told)
    if not best or told.count(best) != 1:
        return None
    thing = things[told.index(best)]
    return run[told.index(best)], run[0], None if named is None else (*named, thing)


def respective_things(sentence: str, quantities: list[Quantity], chosen: Quantity) -> list[str]:
    """The things listed before 分别 whose amounts ``chosen`` is one of (甲局、乙局和丙委员会 of 分别承办47件、
    39件和36件), or empty."""
    run, opening = _amounts_after_respectively(sentence, quantities, chosen)
    return _listed_things(sentence[:opening], len(run)) if run else []


def _ordered_parts(parts: re.Match, count: int | None, digits: bool = False) -> list[str]:
    """The names of the parts counted (第一季度 … 第四季度; 第1季度 … with ``digits``), when they are as many as
    the amounts (``count``; any number when None)."""
    told = parts.group("count")
    number = int(told) if told.isdigit() else 2 if told == "两" else _NUMERALS.index(told) + 1
    if count is not None and number != count:
        return []
    return [f"第{n + 1 if digits else _NUMERALS[n]}{parts.group('part')}" for n in range(number)]


def parts_counted(sentence: str) -> list[str]:
    """The parts a sentence counts before giving their amounts respectively (4个季度分别提交… → 第一季度 …
    第四季度, and 第1季度 … as a question's numerals may be written): the sentence tells each of them."""
    parts = []
    for match in re.finditer(r"分别", sentence):
        counted = _ORDERED_PARTS.search(sentence[:match.start()].rstrip(","))
        if counted and _amounts_after_respectively(sentence[match.start():], find_quantities(sentence[match.start():]), None)[0]:
            parts += _ordered_parts(counted, None) + _ordered_parts(counted, None, digits=True)
    return parts


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


def with_part_named(sentence: str, named: tuple[int, int, str]) -> tuple[str, int]:
    """The sentence with the part asked written where its parts are counted (4个季度分别提交… → 第二季度分别提交…),
    its topic lead joined to its clause (从读书心得看、…), and how far the amounts after it moved."""
    a, b, part = named
    told = sentence[:a] + part + sentence[b:]
    lead = _TOPIC_LEAD.match(told)
    return (told[:lead.end() - 1] + "、" + told[lead.end():] if lead else told), len(part) - (b - a)
