"""Declining by reason the count of a narrower group told for all of a kind asked: 机关一共有多少干部职工 is not
answered by 机关干部职工注册志愿者58名 (those of the staff who signed up as volunteers), 某中学有多少学生 not by
组织教师与48名受助学生结对 (the pupils given aid), 全市注册志愿者总数 not by 机关干部职工注册志愿者58名 (the
staff's own volunteers).  The noun phrase counted by the amount narrows the asked noun:

- another head follows it (干部职工注册志愿者58名): the amount counts that head, the asked noun only qualifies it;
- a word the question does not say stands before it, right after the amount (48名受助学生) or before the noun
  (机关干部职工注册志愿者58名), unless that word only says the whole (共有, 现有, 全市, 各, 政协) or is a place's
  name or a verb (共培训委员316名 is read by body_size.py, which ranks it).

Only people counted (名, 人, 位) and a question asking how many there are (有多少, 有几名, 总数), no deed.
For: the doubt on a chosen amount (doubted_next.py); general Chinese only.
"""

from __future__ import annotations

import re
from typing import Callable

from .facts import clause_bounds

__all__ = ["narrowed_count"]

# How many there are asked: 有多少 / 有几名 right before the noun counted, or the noun's 总数.
_ASKS_ALL = re.compile(r"有(?:多少|几)(?:个|名|位)?([\u4e00-\u9fff]{2,6})[?？]*$")
_TOTAL_OF = re.compile(r"([\u4e00-\u9fff]{2,12}?)的?(?:总数|总人数)(?:是|有|为)?多少")
_PEOPLE_UNIT = re.compile(r"(?:名|人|位)$")
# Words linking a noun to its amount (干部职工共58名, 委员总数为…).
_LINK = re.compile(r"(?:共有|现有|共计|总计|合计|累计|总数|人数|共|有|了|达到|达|为)+$")
# A lead saying the whole, or the body or place all of them belong to (共有委员, 现有区政协委员, 全市, 各).
_WHOLE_LEAD = re.compile(r"(?:共有|现有|拥有|设有|共|全[市县区省国]|所有|全部|全体|各|政协|人大|委员会|本届|[省市县区镇乡村])$")


def narrowed_count(question: str, counted: str | None, shown: str, start: int, end: int,
                   words: Callable[[str], list[str]], tag: Callable[[str], str | None]) -> bool:
    """Whether the amount ``shown[start:end]`` counts a narrower group of people than all of the kind ``question``
    asks how many there are of (``counted``, the noun after 多少; else the noun before 总数)."""
    total, asks_all = _TOTAL_OF.search(question), _ASKS_ALL.search(question)
    noun = total.group(1) if total else counted if counted and asks_all and asks_all.group(1) == counted else ""
    # (the noun alone after 有多少: 有多少委员参加, 有多少人交了提案 ask those who did something, no group narrowed)
    if len(noun) < 2 or not _PEOPLE_UNIT.search(shown[start:end]):
        return False
    a, _ = clause_bounds(shown, start)
    before = _LINK.sub("", shown[a:start])
    for size in range(len(noun), 1, -1):
        asked = noun[-size:]
        at = before.rfind(asked)
        if at >= 0:
            tail, lead = before[at + size:], before[:at]
            if len(tail) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", tail) and tail not in question:
                return True  # 干部职工注册志愿者58名: the volunteers among the staff
            last = (words(lead) or [""])[-1]
            return bool(len(last) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", last) and last not in question
                        and not _WHOLE_LEAD.search(lead) and not (tag(last) or "").startswith(("v", "ns", "p", "d")))
        after = re.match(r"([\u4e00-\u9fff]{1,4}?)" + re.escape(asked), shown[end:])
        if after:
            return after.group(1) not in question and not _WHOLE_LEAD.search(after.group(1))  # 48名受助学生
    return False
