"""One item of a list asked, the count of the whole list told: 义诊搞了多少场 is not answered by
组织义诊、法律咨询、送教下乡等活动218场, nor 在学校宣讲了多少场 by 深入村镇、企业和学校开展宣讲86场 (the
deeds or places listed, counted together), nor 甲读书群有多少人 by 开设"甲""乙""丙"3个读书群,参与委员90名,
nor 彝族委员有几名 by 少数民族委员15名,分属回族、彝族、苗族3个民族 (a list counted by its own number: a
figure of the sentence not naming the item is of all of them).

Two shapes of list, general Chinese only:
- items joined by 、 (the last may be joined by 和 / 及) and followed right away, in the same clause,
  by the deed or the kind counted and the amount (等活动218场, 开展宣讲86场); a list followed by its
  amount alone (报送提案、专报等59份) is counted as one kind and left to listed_items.py;
- items quoted one after another or joined by 、, followed by their own number (3个读书群, 5个民族): the
  amount, in another clause not naming the item, is of them all.

An item with its own figure elsewhere in the sentence (其中义诊30场), a question naming two items,
asking a sum (一共, 合计) or the list itself (执法检查等活动, 这些活动), or naming the item with the kind
after 等 (茶叶栽培技术培训 of 茶叶栽培、病虫害防治等技术培训) is not declined here.  For: the doubt on a chosen amount (asked_untold.py).
"""

from __future__ import annotations

import re

__all__ = ["one_item_of_list_counted"]

_ITEM = r"[^\W\d等]{2,10}"
# Items of two characters or more joined by 、 (the last maybe by 和/及), not after a figure (9次、提案委员会… is a list of
# figures), then within the clause, the amount's lead words.
_JOINED = re.compile(rf"(?<![\d.])((?:{_ITEM}、)+{_ITEM}?(?:(?:和|及|以及){_ITEM}?)?)"
                     r"(等[\u4e00-\u9fff]{1,6}|等?(?:开展|举办|组织|进行|召开)[\u4e00-\u9fff]{0,4})$")
# Quoted items one after another, or 、-joined, then their own number (3个读书群, 5个民族).
_LIST_COUNTED = re.compile(r'((?:"[^"]{2,12}"、?){2,}|(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6})等?'
                           r'(?:[2-9]|\d{2,}|[两三四五六七八九十])(?:个|类|种|项|支|家)')
# Words saying each item has the figure (分别, 各, 均, 每): then it is each one's, not their sum.
_EACH = re.compile(r"分别|各|均|每")
# A sum asked (一共减了多少, 合计), or the list itself (执法检查等活动, 这些活动): the whole list is wanted.
_TOTAL_ASKED = re.compile(r"共|合计|总计|累计|加起来|合起来|总数|等|这些|那些|之类|各类")
# Verbs or prepositions leading the first item (组织义诊, 深入村镇, 开设"甲").
_LEAD = re.compile(r"^(?:组织|开展|举办|深入|走进|走访|到|在|赴|开设|设立|建立|涵盖|包括|分属|分为|围绕|聚焦)")


def _items(run: str) -> list[str]:
    """The items of a list as written: quoted names, or the parts between 、 and the last 和 / 及."""
    quoted = re.findall(r'"([^"]{2,12})"', run)
    if quoted:
        return quoted
    parts = re.split(r"、|以及|和|及", run)  # not 与: it joins a doer and those met (委员会与市商务局、…)
    return [_LEAD.sub("", part) for part in parts if part]


def _named(items: list[str], question: str) -> list[str]:
    """The items the question names: an item itself, or the first one's object, written after its verb
    (栽植香樟、桂花等苗木: 栽植香樟 is the verb and the first item, 香樟 the thing listed).  Not people so read:
    吸引社会志愿者、爱心企业员工等共同参与 names the helpers by their first kind, all of them counted as one."""
    named = [item for item in items if len(item) >= 2 and item in question]
    first = items[0] if items else ""
    if first and first not in named and not _PEOPLE.search(first):
        named += [first[k:] for k in range(1, len(first) - 1) if first[k:] in question][:1]
    last = items[-1] if len(items) >= 2 else ""
    if last and last not in named:  # 午间、夜间时段: the last item carries the head all share (夜间时段 is 夜间)
        named += [last[:k] for k in range(len(last) - 1, 1, -1) if last[:k] in question][:1]
    return named


# Nouns of people (志愿者, 员工, 代表): a kind of those taking part, not a thing listed.
_PEOPLE = re.compile(r"(?:者|员|人|士|师|生|工|代表|群众|干部|职工)$")


def one_item_of_list_counted(question: str, shown: str, start: int, clause: tuple[int, int]) -> bool:
    """Whether the amount at ``start`` (its clause ``clause``) counts a whole list of which the question
    names one item only, the item having no figure of its own in the sentence."""
    if _TOTAL_ASKED.search(question):
        return False
    a, _ = clause
    joined = _JOINED.search(shown[a:start])
    if joined and not _EACH.search(joined.group(0)):
        named = _named(_items(joined.group(1)), question)
        kind = joined.group(2)[1:] if joined.group(2).startswith("等") else ""
        if len(named) == 1 and shown.count(named[0]) == 1 and len(_items(joined.group(1))) >= 2 and not any(
                named[0] + kind[k:] in question for k in range(len(kind) - 1)):  # 茶叶栽培技术培训: 茶叶栽培等技术培训 as one kind
            return True  # 组织义诊、法律咨询等活动218场; 深入村镇、企业和学校开展宣讲86场
    for listed in _LIST_COUNTED.finditer(shown):
        if listed.start() <= start < listed.end():
            continue  # the list's own number is the amount
        items = _items(listed.group(1))
        named = _named(items, question)
        if len(named) == 1 and len(items) >= 2 and shown.count(named[0]) == 1 and named[0] not in shown[a:clause[1]]:
            return True  # 开设"甲""乙""丙"3个读书群,参与委员90名: 90 of all three
    return False
