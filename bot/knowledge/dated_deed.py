"""Declining by reason a date whose sentence does not tell the deed asked: 梓湖书院是哪年建的 is not answered by
第一期于2021年5月在梓湖书院举办 (an event held there), nor 课题哪天结题的 by the day an agreement was signed
when the report tells only that the project's 开题 was done. The deed is the verb a when-question ends with
(哪年建的, 什么时候成立的, 哪天结题的); the sentence must write it, or a word of the same meaning.

Only the deeds of a thing's founding, of a project's stages, of a person's death and of one's entering a
workplace or a body are judged (建, 成立, 结题, 去世, 进的厂 …, listed with the words reports write them in): other verbs are written in too many ways (调走 as 调任, 上课 as 开讲), and those
of any event (开, 办, 举行) are told by whatever the sentence holds. General Chinese only; used by the checks
(checks.py, ``Checks.doubt``).
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .question import KIND_WHEN, QuestionAnalysis

__all__ = ["dated_deed_untold"]

# A when-word, then the verb the question ends with (是哪年建的, 啥时候建成的, 哪一天结题的?).
_WHEN_THEN_DEED = re.compile(r"(?:哪1?年|哪一年|哪天|哪1天|哪一天|哪个月|几月份?|几号|什么时候|啥时候|何时|什么时间)"
                             r"(?:正式|才|就|被|给)?([\u4e00-\u9fff]{1,2}?)(?:的|了)?[?？]?$")
# …or the verb with its object after 的 (哪年进的厂, 什么时候入的党, 哪年加入的民盟): the object is what was entered.
_WHEN_DEED_OBJECT = re.compile(r"(?:哪1?年|哪一年|哪天|哪1天|哪一天|哪个月|几月份?|什么时候|啥时候|何时|什么时间)"
                               r"(?:正式|才|就)?(进|入|加入)(?:的|了)[\u4e00-\u9fff]{1,6}[?？]?$")
# Words of the same deed a report writes for the short verb a member uses (建 → 建成, 落成, 成立 …).
_SAME_DEED = {
    "建": ("建", "落成", "成立", "设立", "挂牌"),
    "建成": ("建成", "落成", "竣工"),
    "成立": ("成立", "组建", "建立", "设立", "挂牌"),
    "结题": ("结题", "结项", "验收"),
    "开题": ("开题",),
    "上线": ("上线",),
    # A person's death (哪年去世的): 已故 tells that one died, not when.
    "去世": ("去世", "逝世", "病逝", "辞世", "离世", "过世", "故去"),
    "逝世": ("去世", "逝世", "病逝", "辞世", "离世", "过世", "故去"),
    # Entering a place of work or a body (哪年进的厂, 入的党): 引进 or 进行 is no one's entering.
    "进": ("进入", "进厂", "入厂", "进了", "入职", "招工", "招入", "调入", "分配到", "参加工作"),
    "入": ("加入", "入党", "入盟", "入会", "入职", "入厂", "进入"),
    "加入": ("加入", "入党", "入盟", "入会"),
}
_BARE_VERBS = frozenset({"进", "入"})


def dated_deed_untold(q: QuestionAnalysis, kind: str, shown: str, equivalents: Callable[[str], Iterable[str]]) -> bool:
    """Whether a when-question asks the date of a deed (哪年建的) that ``shown`` writes in no wording of its own
    (``equivalents`` gives a word's synonyms)."""
    if kind != KIND_WHEN:
        return False
    asked = _WHEN_THEN_DEED.search(q.norm) or _WHEN_DEED_OBJECT.search(q.norm)
    if asked is None or asked.group(1) not in _SAME_DEED:
        return False
    deed = asked.group(1)
    if deed in _BARE_VERBS:  # (进 alone stands in 引进, 进行: only its listed wordings tell it)
        return not any(w in shown for w in _SAME_DEED[deed])
    wordings = set(_SAME_DEED[deed]) | {deed} | set(equivalents(deed))
    return not any(w in shown for w in wordings)
