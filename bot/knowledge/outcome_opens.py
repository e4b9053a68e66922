"""Where a clause telling an outcome opens (实际完成…, 截至8月底已建成…, 累计召开…): what follows is what was
done, whatever plan came before it in the sentence.  Read by frames.figure_year and plan_result.

General Chinese only: no word of any one document is listed here.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

# An outcome word opening a clause: what follows is what was done, whatever plan came before.
# A time may lead it (2016年已完成改造63个, 当年已建成…).
# So may a date reached (截至8月底已完成投资2.97亿元, 截至目前已建成…), or the whole year (全年落实经费126万元:
# funds made available that year, whatever support was sought, 争取, in the clause before).
_OUTCOME_OPENS = re.compile(r"(?:(?:19|20)\d\d年(?:底|末)?|当年|去年|上年|年内|全年|"
                            r"(?:截至|截止到?|到)(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|年底|目前)[,，]?)?(?:"
                            r"(?:实际|最终|结果|已经?|超额|全部|均已)(?:完成|建成|实现|达到|落实|改造|解决)?|"
                            r"(?:完成|建成|实现|落实)(?=了?\d|[\u4e00-\u9fff]{0,6}\d))")
# 累计 opening a clause sums what has been done so far (…列入计划逐步解决，累计召开协商会9次): no plan,
# though no outcome of the plan before it either.
_TOTAL_OPENS = re.compile(r"累计")


def outcome_opens(sentence: str, position: int, totals: bool = True) -> int | None:
    """Where the clause that makes the amount at ``position`` an outcome opens: the last clause at
    or before its own that opens with an outcome word after some earlier clause (None if none);
    with ``totals``, a clause opening with 累计 as well."""
    a = clause_bounds(sentence, position)[0]
    while a > 0:
        if _OUTCOME_OPENS.match(sentence, a) or (totals and _TOTAL_OPENS.match(sentence, a)):
            return a
        a = clause_bounds(sentence, a - 1)[0]
    return None
