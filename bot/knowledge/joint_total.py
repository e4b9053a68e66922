"""A total of several bodies named together (各民主党派市委会、市工商联共报送198篇; 甲局和乙局合计承办40件): asked
the count of one of them alone (市工商联报了几篇), the joint figure is not its own; the body's own item, told
elsewhere (…，市工商联12篇), answers.  Asked the joint total itself (一共, 合计, or two of them named), it is.
Groups of people listed with 等 before a count of people (另有机关干部、各镇联络员等61名同志参加) are counted together
the same way: 联络员有多少名参加 is not answered by the 61.
The bodies may be the subject of the figure's clause with no word of a total at all (各民主党派县级组织和县工商联提交的
党派提案36件, 各民主党派市委会和市工商联提案64件): the last body's name runs on into what they did.

Used by counted_others.py (``counts_others``); general Chinese only.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["joint_total", "groups_total"]

# The bodies listed, then the word of a total, up to the amount: 甲、乙共报送 / 甲和乙合计.
_LISTED = re.compile(r"([^,，;；。]{2,40}?(?:、|和|与|及)[^,，;；。]{2,30}?)(?:共|合计|一共|总共|共计)")
# Words before the list in its clause (由, 对, 围绕 …), and the shape of a body's name in it.
_LEAD = re.compile(r"由|对|向|为|是|有|在|围绕|包括")
_BODY_NAME = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:会|联|局|委|办|院|党|社|团|界|厅|部|所|中心|政府|政协|组织)$")
# The shortest head of the last item that is a body's name (县青联 of 县青联提交的党派提案).
_BODY_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,15}?(?:会|联|局|委|办|院|党|社|团|界|厅|部|所|中心|政府|政协|组织)")
_ASKS_TOTAL = re.compile(r"共|合计|总计|加起来|总数|总量|和|与|、|等")


def joint_total(question: str, terms, sentence: str, at: int) -> bool:  # noqa: ANN001 - the question's Terms
    """Whether the figure at ``at`` totals several bodies, or groups of people, listed before it and the question
    asks of one of them."""
    if _ASKS_TOTAL.search(question):
        return False
    return _bodies_total(terms, sentence, at) or groups_total(terms, sentence, at)


def _bodies_total(terms, sentence: str, at: int) -> bool:  # noqa: ANN001 - the question's Terms
    a, _ = clause_bounds(sentence, at)
    listed = _LISTED.search(sentence, a, at)
    if listed is not None:
        items = re.split(r"、|和|与|及", listed.group(1))
        items[-1] = items[-1].split("等")[0]  # 甲、乙等方面的提案共计…: what follows 等 is all the items' head
    else:  # 甲局和乙局承办的提案40件: the bodies joined open the clause, the last one's name runs on
        items = re.split(r"、|和|与|及", sentence[a:at])
        head = _BODY_HEAD.match(items[-1]) if len(items) >= 2 else None
        if head is None or "等" in items[-1]:
            return False
        items[-1] = head.group()
        if not all(_DOER_BODY.search(item) for item in items):
            return False  # kinds of meeting (召开协商会、座谈会…8场) are no bodies doing something together
    items[0] = _LEAD.split(items[0])[-1]  # 评议组由委员和代表共24人组成: the list starts after 由
    if not all(_BODY_NAME.match(item) for item in items):
        return False  # no list of bodies (A类和B类合计; "满意"和"比较满意"的比例合计; 深入单位和现场开展调研共24次)
    # A body is named by an item it ends (市工商联 of 工商联), not by one it opens (各专门委员会全年开展调研、视察…).
    named = [t.text for t in terms if len(t.text) >= 2 and any(item.endswith(t.text) for item in items)]
    return bool(named) and sum(any(item.endswith(n) for n in named) for item in items) == 1


# A body's name in a list of doers (not a meeting's: 协商会, 座谈会 end in 会 too).
_DOER_BODY = re.compile(r"(?:委员会|委会|协会|商会|学会|联合会|联|局|委|党|社|团|界|界别|厅|部|政府|政协|组织|支部|总支|支社)$")


def bodies_listed(sentence: str, at: int) -> bool:
    """Whether the clause of the figure at ``at`` opens with a list of two bodies or more as its doers
    (收到委员、各民主党派市委会、市工商联…提交的提案612件), not of kinds of meeting (召开协商会、座谈会…8场)."""
    a, _ = clause_bounds(sentence, at)
    pieces = re.split(r"、|和|与|及", sentence[a:at])
    if len(pieces) < 3:
        return False
    heads = [_BODY_HEAD.match(pieces[-1])]
    named = [p for p in pieces[:-1] if _DOER_BODY.search(p)] + [h.group() for h in heads if h and _DOER_BODY.search(h.group())]
    return len(named) >= 2


# Groups of people by their noun's last characters (机关干部, 工作联络员, 特邀专家, 志愿者 …).
_PEOPLE_GROUP = re.compile(r"(?:员|人|者|士|师|代表|干部|群众|学生|专家|骨干|同志|党员|居民|村民|职工|员工|家属)$")


def groups_total(terms, sentence: str, at: int) -> bool:  # noqa: ANN001 - the question's Terms
    """Whether the figure at ``at`` counts people of several groups listed before it with 等 (甲单位干部、乙村联络员等61名
    同志) and the question names one group (联络员): the count is theirs together."""
    a, _ = clause_bounds(sentence, at)
    before = sentence[a:at]
    if not before.endswith("等") or not re.match(r"[名位人]", sentence[at:].lstrip("0123456789.余多")):
        return False
    items = [re.sub(r"\([^()]*\)", "", item) for item in re.split(r"、|和|与|及", before[:-1])]
    items[0] = _LEAD.split(items[0])[-1]
    if len(items) < 2 or not all(_PEOPLE_GROUP.search(item) for item in items):
        return False
    named = [t.text for t in terms if len(t.text) >= 2 and any(item.endswith(t.text) for item in items)]
    return bool(named) and sum(any(item.endswith(n) for n in named) for item in items) == 1
