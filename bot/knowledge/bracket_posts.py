"""Posts written in brackets beside a name (委员罗某(市第2人民医院副院长), 副主任为韩某(专职)、陈某(兼职,…)): the
person's own post or workplace, the words qualifying the post they are listed under, and the post a run of such
names is listed under.

Read by people.py (``find_people``); general Chinese only.
"""

from __future__ import annotations

import re

from .role_words import ROLE_WORDS

__all__ = ["LISTED_UNDER", "post_in_brackets", "qualifiers"]

# A person's own post or unit in brackets right after the name: 罗某(市第2人民医院副院长), 韩某(兼职,市林业局副局长).
_BRACKETED = re.compile(r"[(（]([^()（）]{2,30})[)）]")
# Beside a name, brackets ending in a professional title (高级农艺师, 主治医师, 助理研究员) or in a
# workplace (区人民医院, 县蔬菜产业协会) tell where the person works, as a post does.
_TITLE_OR_WORKPLACE = re.compile(r"[\u4e00-\u9fff]{2,}(?:师|研究员|馆员|技术员|调研员|专员|中心|公司|医院|学校|学院|"
                                 r"大学|中学|小学|幼儿园|银行|协会|商会|学会|合作社|研究所|研究院|事务所|集团)$")
# Words naming a person a member or comrade, written between the name and its bracketed post.
_MEMBER_AFTER_NAME = re.compile(r"委员|常委|同志")


# A list of holders under one post, up to the name read: 现任副主任为甲(专职)、乙(兼职,…)、
LISTED_UNDER = re.compile("(" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r")(?:为|是)"
                           r"(?:[\u4e00-\u9fff]{2,3}[(（][^()（）]{1,30}[)）]、)*$")


def qualifiers(sentence: str, end: int) -> str:
    """The words in brackets after a name that qualify the post it is listed under (专职, 兼职)."""
    match = _BRACKETED.match(sentence, end)
    parts = re.split(r"[,，;；、]", match.group(1)) if match else []
    return "".join(part for part in parts if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", part) and not part.endswith(ROLE_WORDS))


def post_in_brackets(sentence: str, end: int) -> str:
    """The post written in brackets right after a name (委员罗某(市第2人民医院副院长) → 市第2人民医院副院长),
    its last part that ends with a post or title (兼职,市林业局副局长 → 市林业局副局长); "" when the
    brackets say something else (专职, 2019年).  The brackets may follow the word naming the person a
    member (刘某委员(区人民医院副院长)), as reports write a member's workplace after it."""
    after = _MEMBER_AFTER_NAME.match(sentence, end)
    match = _BRACKETED.match(sentence, after.end() if after else end)
    if match is None:
        return ""
    parts = [part for part in re.split(r"[,，;；、]", match.group(1))
             if part.endswith(ROLE_WORDS) or _TITLE_OR_WORKPLACE.search(part)]
    return "、".join(parts)
