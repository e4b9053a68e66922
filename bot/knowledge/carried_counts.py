"""Whether an amount in a later clause goes on counting the thing an earlier clause of its
sentence named: 共报送社情民意信息58篇，被市政协采用41篇，…；被全国政协采用2篇 — the clause
被全国政协采用2篇 has no subject of its own; it tells what became of the 社情民意信息 counted
first, in the same measure word.

Read by the reader (reading.py) where the thing a question counts is not written in the amount's
own clause. General Chinese only: a clause opened by a passive or outcome word (被, 获, 得到 …)
carries the subject of the sentence; one opened by a comparison (比上年, 同比) or a share (占)
goes on with the clause before it, and so does one telling how the count changed (由…的29条增至52条). A clause of nothing but a verb the question asks and the
amount (收到提案218件，立案196件; with a time before the verb: 每月编发1期“工作简报”，全年编发12期), or a floor set on it (确保每名委员至少报送1篇), likewise tells what became
of the thing counted before.  So does a clause giving the same count for another year, as the base of a
comparison (资助学生173名，比2023年的149名多了24名) or by 这一数字 (…4380人次，而2023年这一数字是3950人次).
A clause of the verb and the counted noun's last character (…联系微信群，全年建群93个) is such a clause too.
An item of a breakdown opened by 其中 of a thing the words before it name and give no amount of
(对收集的意见建议逐条梳理，其中转化为提案87件，…，由委员答复说明922条) counts a part of that thing.
An outcome clause after such a clause of a time and a verb alone (转化为社情民意信息，
全年报送42条，被市政协采用9条) counts what the clause before that one names.
"""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds, find_quantities

__all__ = ["carried_count", "picked_from"]

# A clause opened by a passive or outcome word: what it counts is the subject told before.
_OUTCOME_LEAD = re.compile(r"被|获得?|得到|受到|经")
# A target word before the outcome word (力争被…采用, 确保获…批示), and a bound after the amount (10条以上, 5件左右).
_AIM = re.compile(r"力争|争取|确保|努力")
_BOUND_AFTER = re.compile(r"^(?:以上|左右|以内|上下)")
# General adverbs that may stand before the verb of a bare clause (经审查立案196件, 共办结190件).
_BARE_LEAD = re.compile(r"^(?:经审查|经|共|已|均|全部|先后|依规)*")
# A clause opened by a comparison or share: a figure about the clause before, not a new thing.
# A floor set on a deed written right before its amount (至少报送1篇, 不少于开展2次): the verb ends the lead.
_FLOORED_VERB = re.compile(r"(?:至少|不少于|不低于|最少|起码)[\u4e00-\u9fff]{0,4}$")
_CONTINUES = re.compile(r"比上年|较上年|比去年|同比|占|其中")
# A clause telling how the count changed (由2021年的29条增至52条, 从上年的12家增加到20家): the same
# thing as the clause before, counted twice over, not a thing of its own.
_CHANGED = re.compile(r"(?:由|从)[^,，;；]{1,16}?(?:增|升|提高|提升|降|减|扩大|缩小|压缩)[加长少低]?(?:至|到)")
# A time written at the head of a clause (去年, 2023年, 当年): no noun of its own.
_TIME = r"(?:去年|今年|当年|全年|本年|上年|前年|\d{4}年|\d{1,2}月)*"
# A clause opening on another year's value of the count before it: the base of a comparison
# (比2023年的149名, 较上年的12家) or the same figure named again (而2023年这一数字是3950人次).
_OTHER_YEARS_VALUE = re.compile(r"(?:(?:比|较)(?:上年|去年|上1年|前年|(?:19|20)\d\d年)(?:同期)?的|"
                                r"(?:而|但|则)?" + _TIME + r"(?:这一|这个|该)(?:数字|数据|数)(?:还|仅|只|则|也|才)*(?:是|为|有))")
# A clause of a time and a verb only before its amount (全年报送42条): the deed's object left out.
_OBJECT_LEFT_OUT = re.compile(_TIME + r"(?:共|累计|先后)?[\u4e00-\u9fff]{2}")
# A clause of a name and a link word only before its amount (柳岸乡有7名, 丰乐镇仅有3名): an item of a list.
_NAMED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:仅|只|才|还|也|则)?(?:有|为|是)")


def _same_measure(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)  # 篇 and 篇次 count the same pieces


def carried_count(equivalents, sentence: str, quantity: Quantity, verbs=()) -> bool:
    """Whether ``quantity`` ends a clause opened by a passive or outcome word (被…采用2篇,
    获…批示11篇次) or made of one of ``verbs`` (the question's other words) and the amount, and the nearest earlier amount of its measure word that is not such a clause
    (nor a comparison) has one of ``equivalents`` (the counted thing's words) in its clause."""
    a, b = clause_bounds(sentence, quantity.start)
    lead = sentence[a:quantity.start]
    if 0 < a and b - a <= 8 and re.match(r"(?:共计|累计|合计|总计|一共|共)", lead) and not sentence[quantity.end:b].strip():
        # 为每名委员建立履职档案，共建档38份: a short clause totalling what was done (共…) counts what the clause
        # before it, of no amount of its own, names.
        before = sentence[clause_bounds(sentence, a - 1)[0]:a]
        if not find_quantities(before) and any(e in before for e in equivalents if len(e) >= 2):
            return True
    if _items_of_unnumbered(equivalents, sentence, a):
        return True
    # 确保每名委员全年至少报送1篇: the clause's object left out after a verb the question asks (报送 …篇),
    # or after several of its words written together (调解成功5516件 for 调解成功了多少件).
    # 全年编发12期: a time at the clause's head (全年, 去年, 10月) leaves it as bare.
    plain = _BARE_LEAD.sub("", re.sub("^" + _TIME, "", lead))
    bare = _made_of(plain, verbs) or any(_FLOORED_VERB.search(lead) and lead.endswith(v) for v in verbs if len(v) >= 2) \
        or _verb_and_head(plain, verbs, equivalents)
    # 其中9篇被…选登: an amount right after 其中 is a part of what the clause before counts, whatever follows it;
    # so is the next item of a list of names and amounts (石门镇有电商专员12名，柳岸乡有7名): its noun is left out.
    # 5条获县级以上领导批示: an amount opening its clause, an outcome told of it after, is a part of those counted before.
    # 其中去年新聘12名: after 其中, a time and the deed the question asks only, the noun left out.
    within = re.fullmatch(r"其中" + _TIME + r"(.*)", lead)
    part = bool(within and (not within.group(1) or _made_of(within.group(1), verbs))) or bool(_NAMED_ITEM.fullmatch(lead)) \
        or bool(_OTHER_YEARS_VALUE.fullmatch(lead)) or (
        not lead and bool(_OUTCOME_LEAD.match(sentence, quantity.end)))
    # A target set on the outcome (力争被省政协采用10条以上): the aim and the bound say how much, not what.
    aimed = _AIM.match(sentence, a)
    outcome = _OUTCOME_LEAD.match(sentence, aimed.end() if aimed else a)
    if not part and (not (outcome or bare) or _BOUND_AFTER.sub("", sentence[quantity.end:b]).strip()):
        return False
    earlier = [x for x in find_quantities(sentence) if x.end <= a and _same_measure(x.unit, quantity.unit)]
    for other in reversed(earlier):
        start, end = clause_bounds(sentence, other.start)
        if any(e in sentence[start:end] for e in equivalents if len(e) >= 2):
            return True
        if bare and sentence[start:other.start] == lead:
            a = start  # 承办37件;其次是…,承办31件: the same bare deed again, of the same thing
            continue
        if _OBJECT_LEFT_OUT.fullmatch(sentence[start:other.start]) and 0 < start:
            # 转化为社情民意信息，全年报送42条，被市政协采用9条: the deed before the outcome leaves its object out, the
            # clause before it (of no amount) names it.
            named = sentence[clause_bounds(sentence, start - 1)[0]:start]
            if not find_quantities(named) and any(e in named for e in equivalents if len(e) >= 2):
                return True
        if not (_OUTCOME_LEAD.match(sentence, start) or _CONTINUES.match(sentence, start)
                or _CHANGED.match(sentence, start)):
            return False  # 编发简报12篇: an amount of another thing stands between
    # Bare clauses of the same deed back to a clause of no amount naming the thing (承办提案最多的是…).
    return bare and not [x for x in earlier if x.end <= a] and any(
        e in sentence[:a] for e in equivalents if len(e) >= 2)


def _items_of_unnumbered(equivalents, sentence: str, a: int) -> bool:
    """Whether the clause at ``a`` is an item of a breakdown opened by 其中 (no semicolon between) of a thing the words
    before 其中 name and give no amount of (对收集的意见建议逐条梳理,其中转化为提案87件,…,由委员答复说明922条):
    each item counts a part of that thing, its noun left out."""
    at = sentence.rfind("其中", 0, a)
    if at <= 0 or re.search(r"[;；。]", sentence[at:a]):
        return False
    before = sentence[:at]
    return not find_quantities(before) and any(e in before for e in equivalents if len(e) >= 2)


def _verb_and_head(lead: str, verbs, equivalents) -> bool:
    """Whether ``lead`` is a verb the question asks and the last character of the thing counted, the word a
    clause shortens them to (建立…微信群，全年建群93个: 建群 for 建 and 微信群)."""
    return len(lead) >= 2 and any(lead == verb + e[-1] for verb in verbs if verb for e in equivalents if len(e) >= 2)


def _made_of(lead: str, words) -> bool:
    """Whether ``lead`` is one of ``words`` or several of them written one after another."""
    if not lead:
        return False
    if lead in words:
        return True
    return any(lead.startswith(w) and _made_of(lead[len(w):], words) for w in words if w)


def picked_from(unit: str | None, sentence: str, quantity: Quantity) -> bool:
    """Whether the amount counts what was picked from among the set told before (从中精选320张, 从中遴选12件):
    written in the very measure word asked, it counts the things asked, though its clause never names them."""
    a, _ = clause_bounds(sentence, quantity.start)
    return bool(unit) and quantity.unit == unit and "从中" in sentence[a:quantity.start]
