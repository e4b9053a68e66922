"""Declining by reason the members of one of a committee's bodies told for the whole committee's asked:
某市政协委员总共有多少人 asks how many members the 政协 has, and 文史委现有委员31名 (a special committee's, or a
group's: 工作组现有成员12名) counts only those of that body, a part of them.  The amount's clause names the body
that has them before the word of having (现有, 共有); a body that is a committee of its own (…委, …委员会, …组)
or a sector (界别) and not the 政协 itself is a part, unless the question names it too.

So does a kind of the whole committee's members asked (区政协委员里女委员有多少名, 政协委员中少数民族委员有多少):
a sector's report counts its own members first (界别现有区政协委员23名,…其中,少数民族委员15名…;女委员7名), and
every later figure of its sentence is of that part, not of the committee's.

Used by asked_untold.untold_doubt on an amount chosen; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["sub_body_counted"]

# The whole committee's members counted (市政协委员总共有多少人, 政协委员一共几名, 县政协有多少委员).
_ASKS_WHOLE = re.compile(r"政协(?:的)?(?:委员|常委)(?:总共|一共|共|总数|人数)?(?:有|是)?(?:多少|几)|"
                         r"政协(?:总共|一共|共)?有(?:多少|几)(?:名|位|个)?(?:委员|常委)")
# The body having them, right before the word of having (文史委现有委员, 专委会共有成员, 工作组现有).
_HAVING = re.compile(r"([\u4e00-\u9fff]{0,12}?)(?:现有|共有|拥有|有)(?:委员|成员|组成人员)?$")
_PART_BODY = re.compile(r"(?:委员会|委|组|界别)$")
# A kind of the whole committee's members asked (区政协委员里女委员有多少名, 政协委员中少数民族委员有多少).
_ASKS_KIND_OF_WHOLE = re.compile(r"政协(?:的)?委员(?:里|中|当中|里面)(?:的)?[\u4e00-\u9fff]{1,8}?(?:有)?(?:多少|几)")
# A body having members earlier in the paragraph (界别现有区政协委员23名,…。其中,…): the last one counts.
_HAD_BY = re.compile(r"([\u4e00-\u9fff]{0,12}?)(?:现有|共有|拥有)")
# The 政协 itself, written as its committee or its term's (市政协委员会, 市政协八届委员会, 第十三届委员会).
_WHOLE_BODY = re.compile(r"(?:政协|届)委员会$")


# The body a sentence opens with as its subject (农业和农村委员会作为…牵头专委会,现有委员41名): it has them.
_OPENING_BODY = re.compile(r"^([\u4e00-\u9fff]{2,16}?(?:委员会|委|组))(?:作为|是|为|,|，)")


def sub_body_counted(question: str, before: str, opening: str = "", earlier: str = "") -> bool:
    """Whether ``question`` counts a 政协's members and the amount's clause up to it (``before``) counts those
    one of its bodies has (文史委现有委员), a body the question does not name; a clause of having with no body
    of its own (现有委员41名) has the one its sentence opens with (``opening``: the sentence up to the clause); a kind
    of the members asked is of the body having them last in the paragraph (``earlier``: its sentences before)."""
    if _ASKS_KIND_OF_WHOLE.search(question) and not _HAVING.search(before):
        # The kind's figure stands in a later clause; the sentence's count of having names the body it is of.
        had = list(_HAD_BY.finditer(earlier + "。" + opening))
        body = had[-1].group(1) if had else ""
        return bool(_PART_BODY.search(body)) and not _WHOLE_BODY.search(body) and body[-2:] not in question
    if not _ASKS_WHOLE.search(question):
        return False
    having = _HAVING.search(before)
    if having is None:
        return False
    body = having.group(1)
    if not body and (subject := _OPENING_BODY.match(opening)):
        body = subject.group(1)
    return bool(_PART_BODY.search(body)) and not _WHOLE_BODY.search(body) and body[-3:] not in question
