"""A grade or a kind asked that the answer's sentence does not tell.

A grade of an evaluation asked (民主评议的结果是啥等次, 考核评了什么等级) is told by a grade word (优秀, 良好, 合格,
满意, 一等, A级, 等次 …); a sentence telling only that the evaluation took place and what was suggested
tells none.  The kind of a thing asked (公开听证的都是啥类型案件, 哪类纠纷) is told where the sentence speaks of that
thing (案件) or of a kind (类, 型); a sentence that names neither tells no kind.  The level of a thing asked by its
noun (是哪一级文物保护单位) is told only where that noun's head (单位) is written.

For: the doubt on a chosen answer (asked_untold.py).  General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["grade_or_kind_untold"]

_ASKS_GRADE = re.compile(r"(?:啥|什么|哪个|哪一?|几)(?:个)?(?:等次|等级|档次|级别|评级)|(?:等次|等级|档次|评级)(?:是|为|评的|评了)?(?:啥|什么|哪|几)")
_GRADE_TOLD = re.compile(r"等次|等级|档次|级别|评级|优秀|良好|合格|称职|满意|[一二三四五甲乙丙ABCDabcd]等|[ABCDabcd]级|好评|第[一二三\d]名")
# The level of a thing asked by its noun at the question's end (是哪一级文物保护单位, 属于哪级重点项目): a sentence never
# naming that noun's head (单位, 项目; 规范化测评 told as "二级"测评) tells no level of it, whatever else it rates 县级.
_ASKS_LEVEL_OF = re.compile(r"哪(?:一|1)?级(?:的)?([\u4e00-\u9fff]{2,10}?)[?？。!]*$")
_ASKS_KIND = re.compile(r"(?:啥|什么|哪)(?:种|些|一?类|个类)?(?:类型|类别|种类|类)(?:的)?([\u4e00-\u9fff]{2,4})")


def grade_or_kind_untold(question: str, shown: str) -> bool:
    """Whether ``question`` asks a grade the ``shown`` sentence tells no grade of, or the kind of a thing it never names."""
    if _ASKS_GRADE.search(question) and not _GRADE_TOLD.search(shown):
        return True
    level = _ASKS_LEVEL_OF.search(question)
    if level and level.group(1)[-2:] not in shown:
        return True  # 是哪一级文物保护单位: the sentence must speak of a …单位, not of a 县级…保护规划
    kind = _ASKS_KIND.search(question)
    if kind:
        thing = kind.group(1)
        named = any(thing[k:k + 2] in shown for k in range(len(thing) - 1))
        return not named and not re.search(r"类|型|种", shown)
    return False
