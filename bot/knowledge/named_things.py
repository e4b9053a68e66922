"""Whether the sentence chosen speaks of the place or event a question names by a
head word and the words written before it: a facility or site (云上龙潭景区,
委员工作室, 智能制造产业园) or a meeting named by what it does (提案交办会).
Another place of the same kind (鹭原湾沿线景区) or another meeting (专题会议) does
not answer it; nor does a sentence about another locality (柳塘镇…投入资金380万元) one asked
(溪口街道…投了多少钱). Nor do people asked by which ones (哪几位专家, 哪些人) a sentence that names no one.

For: the checks' doubt on a chosen answer (checks.py).  Not for: committees, bodies
and the event kinds ``checks._SUBJECT_HEAD`` names (judged there), nor for what an
amount counts (counting.py).
"""

from __future__ import annotations

import re

from .measure_owner import owner_untold
from .question import QuestionAnalysis
from .unit_asked import LACKING

__all__ = ["carried_subject", "named_localities", "named_thing_doubt", "other_locality"]

# Heads of a site or facility: the words before them say which one (general Chinese).
_PLACE_HEAD = re.compile(r"景区|景点|产业园|工业园|科技园|园区|工作室|基地|纪念馆|博物馆|展览馆|文化馆|图书馆|"
                         r"服务站|联络站|驿站|服务中心|物流园|停车场|小学|中学|医院|"
                         # farms and rural sites (凤岭生态农庄, 某某家庭农场, 某某专业合作社)
                         r"农庄|山庄|庄园|农场|牧场|林场|茶园|果园|合作社|度假村")
# Words before a head that narrow nothing (the 全市 景区, 这个 基地).
_GENERIC = frozenset({"全市", "全县", "全区", "全省", "各", "各个", "这个", "那个", "该", "相关", "有关", "重点", "专项", "专题"})
# A meeting named by what it does (交办会, 表彰会): 会 after a word and before what is asked of it,
# not the modal 会 (会不会, 谁会来).
_MEETING = re.compile(r"会(?=是|由|上|的|在|期间|中|有|于|哪|什么|何|几|多少|一共|总共|共|参加|出席|开|召开|举行|举办|[?？]|$)")
# Bodies ending in 会 (委员会, 协会, 学会, 商会, 联合会, 理事会): no meeting.
_BODY_BEFORE = ("委", "委员", "协", "学", "商", "联合", "理事", "董事", "基金", "工", "研究", "促进", "妇", "议")
# Meetings judged with the events of checks.py.
_JUDGED = ("协商会", "座谈会", "交流会", "推进会")
_MEETING_DOUBT = 0.4
# A locality by its name and kind (溪口街道, 柳塘镇, 黄泥坳村): not 乡镇, 城镇, 各镇, 送教下乡 (no name).
LOCALITY = re.compile(r"([\u4e00-\u9fff]{2})(?<![下回返家老故城进驻入到包乡农村各全本该每个的了在和与及])(街道|镇|乡|村|社区)")
# (Nor a kind of village by how it is helped or picked, 结对帮扶村, 示范村, nor a verb before its object, 开展村企结对.)
NO_LOCALITY = re.compile(r"^(?:城乡|乡镇|城镇|村镇|各个|全区|全县|全市|全镇|全乡|所在|相关|周边|附近|农村|新农|美丽|和美|宜居|"
                         r"帮扶|结对|挂钩|包联|联系|对口|示范|试点|重点|贫困|脱贫|薄弱|困难|开展|深入|走进|走访|覆盖)")


def named_localities(text: str) -> list[re.Match]:
    """The localities ``text`` names by name and kind (溪口街道, 岩背村), not a kind alone (乡镇, 全县, 美丽乡村)."""
    return [m for m in LOCALITY.finditer(text) if not NO_LOCALITY.match(m.group(1))]


# Which ones of people, asked as a list (哪几位专家, 哪两位委员, 哪些人): names answer, a kind of people does not.
_WHICH_PEOPLE = re.compile(r"哪(?:几|[两三四五六七八九2-9])位|哪些人")
# Short names listed (周志宏、陈素梅2名委员): people named, though no role introduces them.
_NAMES_LISTED = re.compile(r"(?:^|[,;:(\"、])[\u4e00-\u9fff]{2,3}、[\u4e00-\u9fff]{2,3}(?:[、和与及等,;。(]|\d|$)")
_PLACE_DOUBT = 0.4
# 会议 / 会上 referring back to the meeting the sentence before named (出席会议并讲话, 会议审议通过了…, 会上): general Chinese.
_MEETING_REFERRED = re.compile(r"(?:出席|参加|列席|主持|在)会议|^会议|[,;]会议|会上")
# A place set up (建成, 设立 …): the clause founding it.
_FOUNDED = re.compile(r"(?:建成|建立|设立|成立|开设|组建|创建|揭牌|挂牌)(?:了)?")


def named_thing_doubt(q: QuestionAnalysis, shown: str, where: str, contains, equivalents,  # noqa: ANN001
                      names=(), before: list[str] = ()) -> float:  # noqa: ANN001
    """How much less to trust an answer whose sentence does not speak of the named place or
    meeting asked: the head must stand in ``shown`` (the sentence told), each word naming
    which one in ``where`` (the sentence with its paragraph's surroundings). ``contains``
    says whether the documents write a text at all; ``equivalents`` gives a word's synonyms;
    ``names`` are the people the documents name, one of whom must stand in ``shown`` when
    people are asked by which ones (分别邀请专家学者… names no 专家 for 哪几位专家).  ``before`` are the
    sentences of its paragraph before it: one opening on the place asked carries it (see ``carried_subject``)."""
    factor = 1.0
    if q.kind == "what" and _WHICH_PEOPLE.search(q.norm) and not any(name in shown for name in names) and \
            not _NAMES_LISTED.search(shown):
        factor *= _PLACE_DOUBT
    for head, qualifiers in _places(q):
        told = any(e in shown for e in equivalents(head)) or carried_subject(head, qualifiers, shown, before, equivalents)
        if not told or not all(any(e in where for e in equivalents(w)) for w in qualifiers):
            factor *= _PLACE_DOUBT  # 云上龙潭景区 asked, 鹭原湾 沿线景区 told; 工作室 asked, 港澳台侨来访 told
    if owner_untold(q, shown, where, equivalents):
        factor *= _PLACE_DOUBT  # 老旧小区改造总投资 asked, 这批项目总投资 told of projects that name no 小区
    if other_locality(q, shown, contains):
        factor *= _PLACE_DOUBT  # 溪口街道 asked, a sentence about what 柳塘镇 did
    for meeting in _meetings(q, contains):
        if meeting not in shown and meeting[:-1] + "会议" not in shown and not (
                before and meeting in before[-1] and _MEETING_REFERRED.search(shown)):
            factor *= _MEETING_DOUBT  # 提案交办会 asked, a 专题会议 told (not: …召开交办会。副县长某某出席会议并讲话)
    return factor


def carried_subject(head: str, qualifiers: list[str], shown: str, before, equivalents) -> bool:  # noqa: ANN001
    """Whether a sentence naming no place of the kind asked goes on about the one its paragraph last named,
    and named as the subject opening its first clause (溪口镇委员工作室成立于2019年，…。全年开展接待活动22次…),
    or set up in the sentence right before (建成"某某委员工作室"。全年接待群众…): the later sentences of such a
    paragraph tell of it without naming it again."""
    heads = equivalents(head)
    if any(e in shown for e in heads):
        return False
    last = next((sentence for sentence in reversed(before) if any(e in sentence for e in heads)), None)
    if last is None:
        return False
    opening = re.split(r"[,;:，；：]", last, maxsplit=1)[0]
    if any(e in opening for e in heads) and all(any(e in opening for e in equivalents(w)) for w in qualifiers):
        return True
    # Set up in the sentence right before (依托…，建成"某某委员工作室"，…。全年接待群众…): what follows tells of it.
    founded = next((c for c in re.split(r"[,;:，；：]", before[-1]) if _FOUNDED.search(c) and any(e in c for e in heads)), None) \
        if last is before[-1] else None
    return founded is not None and all(any(e in founded for e in equivalents(w)) for w in qualifiers)


def other_locality(q: QuestionAnalysis, sentence: str, contains) -> bool:  # noqa: ANN001
    """Whether the question names a locality the documents write (溪口街道, 岩背村) and the sentence
    names none of those asked but another one (柳塘镇…投入资金380万元, 黄泥坳村…收入达到18.6万元)."""
    # A campaign's quoted name ending in a locality word ("万企兴万村"行动) names no village: not one asked.
    asked = [m for m in named_localities(q.norm) if contains(m.group(0)) and not contains(m.group(0) + '"')]
    return bool(asked) and not any(m.group(1) in sentence for m in asked) and bool(named_localities(sentence))


def _qualifiers(q: QuestionAnalysis, end: int) -> list[str]:
    """The question's words written right before ``end`` that say which one (not a committee or place
    name, judged elsewhere; not a year or number)."""
    found: list[str] = []
    while end > 0:
        before = next((t for t in q.terms if q.norm.endswith(t.text, 0, end)), None)
        if before is None or before.entity or re.search(f"(?:{LACKING})$", q.norm[:end]):
            break  # (没建委员联络站: the places lacking one are asked, no word before says which one)
        if before.text not in _GENERIC:
            found.append(before.text)
        end -= len(before.text)
    return found


def _places(q: QuestionAnalysis) -> list[tuple[str, list[str]]]:
    cached = q.__dict__.get("_named_places")
    if cached is None:
        cached = q.__dict__["_named_places"] = [
            (m.group(), _qualifiers(q, m.start())) for m in _PLACE_HEAD.finditer(q.norm)
            if not _PLACE_HEAD.match(q.norm, m.end())]  # 园区工作室: the 园区 says which 工作室, no place of its own
    return cached


def _meetings(q: QuestionAnalysis, contains) -> list[str]:  # noqa: ANN001
    """Meetings named by a word of the question and 会 (交办 + 会), as the documents write them."""
    cached = q.__dict__.get("_named_meetings")
    if cached is None:
        cached = []
        for m in _MEETING.finditer(q.norm):
            before = next((t.text for t in q.terms if len(t.text) >= 2 and q.norm.endswith(t.text, 0, m.start())), None)
            if before is None or before.endswith(_BODY_BEFORE) or re.search(r"[会议]$", before):
                continue
            name = before + "会"
            if contains(name) and not name.endswith(_JUDGED):
                cached.append(name)
        q.__dict__["_named_meetings"] = cached
    return cached
