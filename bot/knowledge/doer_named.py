"""Declining by reason a person named beside a deed the question picks its people by, not as its doer
or object: 增补的两名委员叫什么 asked, the sentence counting 增补委员2名 and naming someone else a
clause away (秘书长某某多次参加…, 由办公室主任某某讲解…).  The person answering is named in
the deed's clause, or where a count of them is spelled out, with no sentence break between (增补张三、李四为委员,
王五因工作调动调出, 增补委员3名，分别是…).

Used by asked_untold.untold_doubt on a person chosen; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["deed_unseen", "doer_untold"]

# People asked by a deed before 的 (调出的那名委员是谁, 增补的2名委员叫什么名字).
_BY_DEED = re.compile(r"([\u4e00-\u9fff]{2})的(?:那|这)?(?:\d+|几)?[名位个]?(?:委员|人员|人|同志|代表|专家|干部)"
                      r"(?:是谁|叫什么|叫啥|有谁|都有谁|都是谁|分别是谁|是哪[位个几])")
# The people a count spells out (增补委员3名，分别是…许立群, 名单如下：…): named there, however far.
_SPELLED_OUT = re.compile(r"分别是|分别为|即|包括|名单|[:：]|是")


def doer_untold(norm: str, fact: str, shown: str) -> bool:
    """Whether the person ``fact`` is named in no clause of the deed the question ``norm`` picks people by."""
    asked = _BY_DEED.search(norm)
    name = fact.split("（")[0].split("、")[0]
    if not asked or not name:
        return False
    deed = asked.group(1)
    text = re.sub(r'"[^"]*"', '""', shown)  # a quoted title is one word, its commas no clause break
    deeds = [m.start() for m in re.finditer(deed, text)]
    names = [m.start() for m in re.finditer(re.escape(name), text)]
    if not deeds or not names:
        return False
    for d in deeds:
        for n in names:
            between = text[min(d + len(deed), n + len(name)):max(d, n)]
            if not re.search(r"[。;；!?]", between) and (not re.search(r"[,，]", between) or _SPELLED_OUT.search(between)):
                return False
    return True


def deed_unseen(norm: str, shown: str) -> bool:
    """Whether the deed the question picks its people by (发言的委员有谁) is nowhere in the sentence shown: the
    people there did something else (主持, 出席), read after a sentence telling who made the speeches."""
    asked = _BY_DEED.search(norm)
    return bool(asked) and not _NO_DEED.match(asked.group(1)) and asked.group(1) not in shown


# Words before 的 that pick people by no deed: a surname (姓郑的委员), a rank (排第一的, 最多的), told otherwise.
_NO_DEED = re.compile(r"姓|第|最|[\u4e00-\u9fff](?:多|少|高|低|好|一|前|后)$")
