"""One unit of a list asked, the list's sum told: 县公安局推荐了几名 is not answered by 向县检察院、县公安局、县税务局等
11个单位推荐特约监督员22名, a figure of all the units listed together; nor 老战士有几个 by 采访老战士、
老教师等37人, the people of all the kinds listed counted together.  Nor is a part asked of a whole (捐款捐物里
现金捐款是多少) by the whole's figure or another part's, where the part's word is one the documents never write.

For: the doubt on a chosen amount (asked_untold.py).  General Chinese only: a list is written with 、 and closed by 等.
"""

from __future__ import annotations

import re

__all__ = ["one_of_listed", "untold_part"]

# A list closed by 等 (甲、乙、丙等11个单位): its items, the first with whatever verb or preposition leads it.
_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,14}、)+[\u4e00-\u9fff]{2,14})等")


# Places listed without 等 (深入甲镇、乙镇、丙镇开展…, 帮扶甲村和乙村2个村): each item ends in a locality's kind word
# (a trip to several 县区 counts as theirs).
_PLACES_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,12}?(?:镇|乡|街道|社区|村)(?:、|和|与|及))+[\u4e00-\u9fff]{1,12}?(?:镇|乡|街道|社区|村))")
_ITEM_JOINS = re.compile(r"、|(?<=[镇乡道区村])(?:和|与|及)")


def _named(item: str, question: str) -> bool:
    """Whether the question names a list item: the item, or its end of 3 characters or more (向县检察院 → 县检察院),
    or, of a town written with its county (甲县乙镇), the county: what was done in the town was done in it."""
    above = _PLACE_ABOVE.search(item)
    county = above.group(1) if above else ""  # (走进甲县乙镇: the county's name ends what is read before the town)
    return any(item[k:] in question for k in range(0, max(len(item) - 2, 0))) or any(
        county[k:] in question for k in range(0, len(county) - 2))


# A town, township or village written after the county, district or city it lies in (甲县乙镇, 丙区丁街道).
_PLACE_ABOVE = re.compile(r"([\u4e00-\u9fff]{2,4}?[县区市])[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|村|社区)$")


# Units and places listed, each of its own figure (县公安局, 县税务局, 白沙镇); not kinds of work or things
# (报送提案、协商议政专报等59份 answers 协商议政专报报送了多少份: the list is counted as one).
_BODY = re.compile(r"(?:局|院|委|办|厅|部|所|中心|公司|集团|镇|乡|街道|村|社区|县|区|市)$")
# Kinds of people listed and counted together right after 等 (老战士、老教师、老手艺人等37人): one kind asked is
# no more than a part of the count.
_PEOPLE_KIND = re.compile(r"(?:士|师|人|者|员|生|工|匠|代表|干部|群众|职工|农户)$")
# A total asked (一共减了多少, 总共报送多少份): the sum over the items named is what is wanted.
_TOTAL_ASKED = re.compile(r"共|合计|总计|累计|加起来|合起来")
# Each of the items listed has the amount (甲镇、乙镇联络组各开展8场): 各 right before the amount's verb, no sum.
_EACH = re.compile(r"各(?:自)?[\u4e00-\u9fff]{0,4}$")


def one_of_listed(question: str, before: str) -> bool:
    """Whether the question names one item, not a total, of a list written before the amount (``before``) that
    names it nowhere after the list (其中团市委2件 would tell its own figure), nor gives each item the amount (各开展8场)."""
    for match in [*_LISTED.finditer(before), *_PLACES_LISTED.finditer(before)]:
        items = _ITEM_JOINS.split(match.group(1))
        each = _EACH.search(before, match.end())
        if each and not re.search(r"共|合计|总计", each.group(0)):
            continue  # 甲镇、乙镇联络组各开展8场: each one's own figure
        named = [item for item in items if _named(item, question)]
        kind = _BODY.search(named[0]) if len(named) == 1 else None
        if not kind and len(named) == 1 and _PEOPLE_KIND.search(named[0]) and len(before) - match.end() <= 2:
            kind = True  # 采访老战士、老教师、老手艺人等37人: the people of all the kinds listed, counted together
        if _TOTAL_ASKED.search(question) and not (len(named) == 1 and _PLACE_ABOVE.search(named[0])):
            continue  # a sum asked (一共减了多少): over the items named; of one town's county, still that county's alone
        if len(named) == 1 and len(items) >= 2 and kind and not any(
                named[0][k:] in before[match.end():] for k in range(0, max(len(named[0]) - 2, 0))):
            return True
    return False


# A part asked of a whole: 捐款捐物里现金捐款是多少, 提案中的集体提案有几件.
_PART_OF = re.compile(r"(?:里|中|之中|当中|里面|其中)的?([\u4e00-\u9fff]{2,8}?)(?:是|有|占|一共|共)?(?:多少|几)")


def untold_part(norm: str, terms) -> bool:  # noqa: ANN001 - the question's Terms
    """Whether the question asks a part of a whole by a word no document writes (现金 in 捐款捐物里现金捐款)."""
    part = _PART_OF.search(norm)
    if not part:
        return False
    whole, asked = norm[:part.start()], part.group(1)
    # The part is of the whole's kind: its phrase ends in a word of the whole (现金捐款 of 捐款捐物), not 评比中排名.
    # …or picked out of it by a 的-phrase (推荐人选里民企的有几个: those of the whole that are of 民企).
    of_kind = any(asked[k:k + 2] in whole for k in range(len(asked) - 1)) or asked.endswith("的")
    return of_kind and any(not t.known and len(t.text) >= 2 and t.text in asked for t in terms)
