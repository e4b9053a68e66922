"""Declining by reason an answer that does not tell the prize asked: 研修报告哪一篇得了一等奖 is not answered by
a sentence naming no 一等奖 (…"关于…的建议"获得市委主要领导批示), nor 优秀读书心得一等奖一共几篇 by an amount of
another clause than the prize's (窦某撰写读书心得和履职体会文章12篇,她的"…"被评为优秀读书心得一等奖: the
articles she wrote, not the prizes given).

A prize by its grade (一等奖, 特等奖, 优秀奖, 金奖 …): the sentence must name it, and an amount asked must stand
in the prize's own clause (其中一等奖5篇, 评出一等奖作品3篇).  Which prize asked (获过什么奖), a sentence naming no
prize or honour tells none. General Chinese only; used by the checks
(checks.py, ``Checks.doubt``).
"""

from __future__ import annotations

import re

from .facts import clause_bounds, whole_figure

__all__ = ["award_untold"]

_AWARD = re.compile(r"(?:[一二三四五]|特)等奖|优秀奖|鼓励奖|金奖|银奖|铜奖")
# Which prize asked (获过什么奖, 得了哪些奖, 拿了啥奖项): a sentence naming no prize or honour at all tells none.
_ANY_AWARD_ASKED = re.compile(r"(?:什么|哪些|哪个|哪项|哪几项|啥)(?:奖|奖项|荣誉)")
_AWARD_TOLD = re.compile(r"奖|荣誉|称号|表彰|评为|获评|荣获|授予|命名|嘉奖")


def award_untold(question: str, kind: str, fact: str, shown: str) -> bool:
    """Whether the question asks of a prize by its grade and ``shown`` does not tell it (for an amount, in the
    amount's own clause)."""
    asked = _AWARD.search(question)
    if asked is None:
        return _ANY_AWARD_ASKED.search(question) is not None and not _AWARD_TOLD.search(shown)
    award = asked.group(0)
    if award not in shown:
        return True
    told = whole_figure(shown, fact) if kind == "number" and fact else None
    if told is None:  # (3篇 is not read inside 收到征文93篇)
        return False
    start, end = clause_bounds(shown, told.start())
    return award not in shown[start:end]
