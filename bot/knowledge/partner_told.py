"""Whom something was done together with (跟谁联合办的, 和谁一起搞的, 与哪家单位合作的): the partner a
sentence writes between 与 / 和 / 同 / 跟 / 会同 and a word of doing it jointly (研究会与某市委党校联合举办,
由市政协与某广播电视台联合打造), or after 联合 itself (联合某学院举办).

The doer of such a sentence is most often the reporting body itself, so a who-reader that takes the
first name or body of the sentence answers the reporter, or a speaker named later, not the partner.

General Chinese only (how joint deeds are written); used by the doer reader (doers.py).
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["asks_partner", "partner_of"]

# Asked with whom: 跟谁 / 和哪个单位 / 与哪家 … before a word of doing jointly (联合, 合作, 一起, 共同 …).
_ASKS_PARTNER = re.compile(r"(?:跟|和|与|同)(?:谁|哪(?:个|家|些|几个|几家|1个|一个)?(?:单位|部门|机构|学校|高校|媒体|方面)?)"
                           r"(?:一起|一块儿?|一道)?(?:联合|合作|共同|携手|联手|合办|一起|一块|一道|搭档)")
# The jointly written deed: a partner of 2–20 characters (no clause mark; 和 may stand inside a body's name,
# 人力资源和社会保障局, so only 与 / 跟 end it) before the joint word.
_JOINT = r"(?:联合|共同|合作|携手|联手|一起|一道)"
_PARTNER = re.compile(r"(?:与|和|同|跟|会同)(?P<who>[^,，;；。:：\"、与跟]{2,20}?)" + _JOINT)
_JOINED_BY = re.compile(r"联合(?P<who>[^,，;；。:：\"、与跟]{2,20}?)(?:举办|开展|召开|主办|组织|成立|打造|推出|承办|发起|印发|制作)")


def asks_partner(question: str) -> bool:
    """Whether a question asks with whom something was done jointly (跟谁联合办的)."""
    return bool(_ASKS_PARTNER.search(question))


def partner_of(question: str, words, sentence: str) -> str | None:
    """The partner the sentence writes for the joint deed a question asks about: among several joint deeds,
    the one whose clause holds most of the question's ``words`` (its terms and their equivalents)."""
    if not asks_partner(question):
        return None
    found = [m for m in (*_PARTNER.finditer(sentence), *_JOINED_BY.finditer(sentence))]
    if not found:
        return None

    def told(match) -> int:
        a, b = clause_bounds(sentence, match.start())
        return sum(len(w) for w in words if len(w) >= 2 and w in sentence[a:b])
    best = max(found, key=lambda m: (told(m), -m.start()))
    return best.group("who")
