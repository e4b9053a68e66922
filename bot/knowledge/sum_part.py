"""A part's amount for a sum asked: a question asking how many in all (今年一共开几次常委会议, 两次常委会议一共提了
多少条建议) is not answered by the amount of one month (…;5月次之,安排专题议政性常委会议1次) nor of one event
named by its own topic (甲专题议政性常委会议提出的18条建议中…), where the question names neither.

A sentence telling a schedule month by month gives each month's count in a part of its own, opened by the month
(6月安排的…;5月次之,…): the amount in such a part counts that month's (one sentence opening with its month, 9月,
平台上线…, is dated, not a month's part).  A sentence naming one event by the
words before its kind (全域旅游专题议政性常委会议提出的18条建议) counts that event's, while the question sums
several (两次, 三场) or all of them.  General Chinese only.
"""

from __future__ import annotations

import re

from .other_event_part import part_holding

__all__ = ["part_for_sum"]

_ASKS_SUM = re.compile(r"一共|总共|合计|总计|共计|加起来|全年|全部")
# Several events counted by the question itself (两次常委会议, 三场协商会).
_SEVERAL = re.compile(r"(?:[2-9两二三四五六七八九十]|1\d)(?:次|场|个|项)")
_MONTH = re.compile(r"\d{1,2}月")
# A part opening with its month, perhaps after 其中 (其中,6月安排的…; 5月次之,…).
_MONTH_PART = re.compile(r"^(?:其中)?[,，:：]?\d{1,2}月(?:份)?")
# One event named by its topic before the kind, as the amount's subject: …常委会议提出的18条 / …协商会形成….
_ONE_EVENT = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:专题议政性常委会议?|专题协商会|协商座谈会|座谈会|协商会)"
                        r"(?:上|中)?(?:提出|形成|收到|提交)的?$")
_PART_END = re.compile(r"[;；。]")


def part_for_sum(norm: str, shown: str, fact: str) -> bool:
    """Whether question ``norm`` asks a sum and ``fact`` in ``shown`` is one month's or one named event's amount
    that the question does not name."""
    at = shown.find(fact) if fact else -1
    if at < 0 or not _ASKS_SUM.search(norm) or _MONTH.search(norm):
        return False
    part = part_holding(shown, fact)  # (between semicolons or full stops)
    if _MONTH_PART.match(part) and sum(bool(_MONTH_PART.match(p)) for p in _PART_END.split(shown)) >= 2:
        return True  # 今年一共开几次常委会议 asked, …;5月次之,安排专题议政性常委会议1次 told
    amount = re.match(r"\d", fact) and re.search(r"[\u4e00-\u9fff]*$", shown[:at]).group()
    one = _ONE_EVENT.search(amount) if amount else None
    return bool(one and _SEVERAL.search(norm) and one.group(1) not in norm)
