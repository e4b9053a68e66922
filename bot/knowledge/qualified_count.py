"""A count of those a deed has reached, named by a relative clause before the noun (已完成备案的托育机构239家,
已通过验收的项目12个): a subset of the noun, not all of it.  Asked plainly (有多少家托育机构), it does not answer;
a question naming the deed (备案的托育机构有多少家, 完成备案了多少家) asks exactly that figure.

General Chinese only; used by ``FigureChoice._shape_fit`` (figures.py) beside negated_deeds.py's denied deed.
"""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds

__all__ = ["qualified_unasked"]

# A clause ending in a relative clause of a deed done and the noun it qualifies, right before the figure:
# …已完成备案的 托育机构 (239家).  The deed: what follows 已 / 已经 / a verb of passing or getting.
_QUALIFIED = re.compile(r"((?:已经|已|均已|全部|先后)?(?:完成|通过|获得|取得|纳入|列入|达到|实现|被)?[\u4e00-\u9fff]{1,10}?)的"
                        r"([\u4e00-\u9fff]{2,8})(?:共|有|达|为|共计|累计)?$")
_DEED_MARK = re.compile(r"已|完成|通过|获得|取得|纳入|列入|被")
# Scope words that open a clause and qualify nothing (全市已完成…: the whole city's).
_SCOPE = re.compile(r"^(?:全市|全县|全区|全省|全镇|全乡|本市|本县|本区|我市|我县|我区|目前|现在|截至目前|其中)")


def qualified_unasked(question_norm: str, sentence: str, quantity: Quantity) -> bool:
    """Whether the figure counts a noun the question asks only as qualified by a deed done (已完成备案的托育机构)
    whose words the question does not write."""
    a, _ = clause_bounds(sentence, quantity.start)
    found = _QUALIFIED.search(sentence[a:quantity.start])
    if not found or found.group(2) not in question_norm:
        return False
    deed = _SCOPE.sub("", found.group(1))
    if not _DEED_MARK.search(deed):
        return False
    words = _DEED_MARK.sub(" ", deed)
    return not any(words[i:i + 2] in question_norm for i in range(len(words) - 1) if " " not in words[i:i + 2])
