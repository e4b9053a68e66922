"""Doers written respectively (分别) for things listed before them: 另有"A"和"B"2个专题，分别由经济委员会和
教科卫体委员会牵头督办; "A""B""C"3个小组，分别由委员甲、乙、丙担任组长.  Asked who did it for one of the things
(A专题谁牵头督办, A小组组长叫啥), the doer at the same
place in the second list answers; a person named in the next sentence (7月3日，市委书记某某…督办) is
no answer.

Used by doers.doer_of; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["respective_doer"]

# "A"和"B"…，分别由X和Y<verb>: the quoted things, then the doers up to the verb (牵头, 负责, 承办 …).
# Or the post they hold (分别由委员甲、乙、丙担任组长): then only for a question asking that post.
_RESPECTIVELY = re.compile(r"分别由(?P<doers>[^,，;；:：。\"由]{4,40}?)(?:牵头|负责|承办|办理|组织|督办|主办|承担"
                           r"|(?:担任|出任|兼任)(?P<post>[\u4e00-\u9fff]{1,6}?)(?=[,，;；。]|$))")
# A word of what they are, written once before the first of them (由委员甲、乙…; 由副主席甲、乙…).
_FIRST_POST = re.compile(r"^(?:委员|副主席|主席|常委|同志|秘书长|副秘书长)(?=[\u4e00-\u9fff]{2,4}$)")
_QUOTED = re.compile(r'"([^"]{2,30})"')
_JOINERS = re.compile(r"和|与|及|、")


def respective_doer(words: list[str], sentence: str, question: str = "") -> str | None:
    """The doer written for the listed thing that the question's ``words`` (of two characters or more) name
    most, when the sentence lists as many doers after 分别由 as quoted things before it in its statement (the
    post they hold, when it is told, asked in ``question``)."""
    for match in _RESPECTIVELY.finditer(sentence):
        statement = sentence[max(sentence.rfind(c, 0, match.start()) for c in ";；。") + 1:match.start()]
        things = _QUOTED.findall(statement)
        doers = [d for d in _JOINERS.split(match.group("doers")) if d]
        if len(things) < 2 or len(things) != len(doers) or match.group("post") and match.group("post") not in question:
            continue
        doers[0] = _FIRST_POST.sub("", doers[0])
        told = [sum(len(w) for w in words if w in thing) for thing in things]
        best = max(told)
        if best and told.count(best) == 1:
            return doers[told.index(best)]
    return None
