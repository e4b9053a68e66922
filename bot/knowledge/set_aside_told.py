"""Declining by reason an amount that takes in what the question leaves out:

- a part set aside (捐款多少(不含物资), 一共收到多少件(不是立案数), 提出了多少件(不光立案的)): the
  amount's clause (with the clause its 其中 points back to) counts that very part (捐款捐物价值1260万元,
  捐赠救灾物资价值186万元, 经审查立案468件), so it is not the figure asked without it;
- one place asked alone (某县…单独是多少, 某街道单独有几个委员): the sentence gives the place's figure
  together with another's (甲县、乙县…两县…达到91.2%, 甲·乙街道活动组…委员5名), no share of its own;
  so too one thing counted by itself (只算"满意"的比例, 单算座谈会): the sentence counts it joined with
  another (满意和基本满意的占98.7%, 座谈会和恳谈会共15场).

Used by asked_untold.untold_doubt on the answer chosen; general Chinese only.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["takes_in_set_aside"]

# What the question leaves out: 不含物资, 不算物资, (不是立案数), (不光立案的); not 是不是 (whether).
_LEFT_OUT = re.compile(r"(?<!是)(?:不含|不算|不计|不包括|不包含|不是|不光|不只|不止|除去|刨除|扣除)了?"
                       r"([\u4e00-\u9fff]{2,4}?)(?=的|数|在内|部分|[)?,]|$)")
# Goods left out are also written with one character beside money (捐款捐物, 款物, 钱物): general Chinese.
_GOODS = ("物资", "物品", "实物")
_GOODS_TOLD = re.compile(r"捐物|款物|钱物|物资|物品|实物")
# A clause counting a part of the one before it (其中委员个人提案371件 is of 立案438件).
_PART_OF_BEFORE = re.compile(r"^(?:其中|含|包括|内含)")
# Counted by itself (只算"满意"的, 单算远程协商).
_BY_ITSELF = r"(?:只|单|仅|光)(?:算|计|看)"
# One asked by itself: 单独, 单个, 光是, 单看, or counted by itself.
_ALONE = re.compile(r"单独|单个|单拿|单看|光是|单单|" + _BY_ITSELF)
# The thing counted by itself, right after those words (只算"满意"的比例, (单算远程协商)): not a question word.
_ALONE_THING = re.compile(r'(?:单独|单看|' + _BY_ITSELF + r')"?([\u4e00-\u9fff]{2,8}?)(?="|的|[)?,]|$)')
_QUESTION_WORD = re.compile(r"多少|几|是|有|什么|哪")
# A place by its name and level (某县, 某街道); two characters of name, as places are most often written.
_PLACE = re.compile(r"[\u4e00-\u9fff]{2}(?:街道|社区|县|区|镇|乡|村)")
# What joins a place to another in one name or list (甲县、乙县, 甲·乙街道, 甲县和乙县).
_JOINERS = "、·和与及"


def _amount_at(fact: str, shown: str) -> int:
    at = shown.find(fact)
    if at < 0 and (number := re.search(r"\d+(?:\.\d+)?", fact)):
        at = shown.find(number.group(0))
    return at


def _counted_clause(shown: str, at: int) -> str:
    start, end = clause_bounds(shown, at)
    if _PART_OF_BEFORE.match(shown[start:end]) and start > 0:
        start = clause_bounds(shown, start - 1)[0]
    return shown[start:end]


def _left_out_told(norm: str, fact: str, shown: str) -> bool:
    left = [m.group(1) for m in _LEFT_OUT.finditer(norm)]
    at = _amount_at(fact, shown) if left and fact else -1
    if at < 0:
        return False
    clause = _counted_clause(shown, at)
    return any(part in clause or (part in _GOODS and _GOODS_TOLD.search(clause)) for part in left)


def _joined_with_another(norm: str, fact: str, shown: str) -> bool:
    if not _ALONE.search(norm) or "分别" in shown:
        return False  # 分别达到…: each one's own figure
    # A place opens its sentence and owns the figure after it; a thing counted is joined in the amount's own
    # clause (满意和基本满意的占97.2%, 其中表示满意的占81.4%: the second is 满意's alone).
    at = _amount_at(fact, shown) if fact else -1
    clause = _counted_clause(shown, at) if at >= 0 else shown
    things = [m.group(1) for m in _ALONE_THING.finditer(norm) if not _QUESTION_WORD.search(m.group(1))]
    for place, where in [(p, shown) for p in _PLACE.findall(norm)] + [(t, clause) for t in things]:
        for m in re.finditer(re.escape(place), where):
            before = where[m.start() - 1] if m.start() else ""
            after = where[m.end()] if m.end() < len(where) else ""
            if (before and before in _JOINERS) or (after and after in _JOINERS):
                return True
    return False


def takes_in_set_aside(norm: str, fact: str, shown: str) -> bool:
    """Whether the amount takes in a part the question leaves out (不含物资: 捐款捐物价值…), or is one place's
    taken together with another's (单独 asked: 甲县、乙县…两县…)."""
    return _left_out_told(norm, fact, shown) or _joined_with_another(norm, fact, shown)
