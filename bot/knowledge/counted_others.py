"""Whether an amount's clause counts what others did, or another kind, than the count a question asks:

- the body a deed is done by (被市委市政府采用了多少条, not 被全国政协采用5条);
- those taking part, not those singled out among them (参加…读书活动的委员有多少人, not 评选出"书香委员"20名);
- what the asked ones gave, not what was heard from the public (特约监督员反映了多少条意见, not
  听取群众意见建议270余条), nor what a sentence never naming those of that role tells;
- a kind, not a facility the kind only qualifies (全县一共有多少个乡镇, not 建成乡镇电商服务站12个);
- a qualified kind, not the same head qualified otherwise (几次常委会议, not 召开全体会议4次);
- one stage of a proposal's course, not another (闭会期间提交的提案立案了多少件, not 闭会期间提交34件);
- a selection from a set, not the set (立案了多少件, not 从立案提案中选取…的4件);
- an area (湿地公园面积有多大), told as one (面积达到, 占地), not the extent of a deed (完成退耕还湿1,350亩);
- people of the role asked (参与的委员多少人次), not another people the amount is written after (听众累计1100余人次).

Read by the reader (reading.py) on the amount it chose, so that another sentence may answer instead.
General Chinese only (verbs of taking part, of singling out, of giving and hearing; heads of facility
nouns); no document's words.
"""

from __future__ import annotations

import re

from .counting import DOING
from .facts import Quantity, counted_clause
from .normalize import find_all
from .per_figure import per_figure
from .question import QuestionAnalysis
from .meeting_kinds import other_meeting
from .joint_total import joint_total
from .breakdown_lead import breakdown_lead, total_of_named_item
from .scope_counted import scope_of_asked_part

__all__ = ["counts_others"]

# A body as the doer of a deed a count asks about (被市委市政府采用): what follows 被 up to the verb.
_BY_BODY = re.compile(r"被([\u4e00-\u9fff]{2,12}?)(?:采用|采纳|批示|录用|转化|吸收|转发|刊发|评为|表彰|授予|命名|列为|列入)")
# Taking part (参加, 参与, 出席) against being singled out (评选出, 表彰, 推荐, 选派 …).
_TAKES_PART = re.compile(r"参加|参与|出席")
_SINGLED_OUT = re.compile(r"评选|评出|评为|表彰|推荐|选派|聘请|命名|授予|选出|遴选|选树")
# Giving (反映, 提出, 报送 …) against hearing from others (听取, 收集, 征集 …), and those heard: the public.
_GIVES = re.compile(r"反映|提出|提交|报送|提供|撰写|建言")
_HEARS = re.compile(r"听取|收集|征集|收到|征求|汇集|梳理|受理")
_THE_PUBLIC = ("群众", "市民", "居民", "村民", "网民", "农民", "企业", "职工", "游客", "患者", "家长", "学生", "服务对象")
# Those of a particular role who gave what is counted (特约监督员, 信息员, 联络员): not the members
# themselves (委员, 成员, 人员 …), whom every sentence of a committee's report may leave unsaid.
_MEMBERS = "委成人党会学议动全"  # 委员, 成员, 人员 … (and 动员, 全员, no role)
# Heads of nouns naming facilities and groups: 服务站, 联络点, 工作室, 基地 …
# People an amount may count that are no role of a committee (those reached, heard or served).
_PEOPLE = ("听众", "观众", "读者", "受众", "学员") + _THE_PUBLIC
_FACILITY_HEAD = re.compile(r"(?:站|点|室|所|院|中心|基地|平台|馆|园|队|组|场|库|窗口|热线)$")
# The stages of a proposal's (or a piece of information's) course, each counted apart: submitted,
# registered, assigned, answered, adopted (general to every committee's reports).
_STAGES = (("提交", "提出", "收到", "报送"), ("立案",), ("交办",), ("办结", "答复", "办复"), ("采纳", "采用"))
# An area asked, and told as an area: the word 面积 or 占地 in the amount's clause.
_AREA = re.compile(r"面积|占地")
# A selection made from a set (从立案提案中选取…4件, 从中遴选10件): the amount counts those picked, not the set.
_PICKED_FROM = re.compile(r"从[^，,。；;]{0,16}?中[^，,。；;]{0,4}?(?:选取|选出|遴选|挑选|选择|精选|择优选取|筛选)")
_PICKS = re.compile(r"选取|选出|遴选|挑选|选择|精选|筛选|选了|挑了|选中|评出|评选")
# Verbs of publishing what is counted (播发新闻263条, 刊发稿件412篇): a deed before the head, like DOING's.
_PUBLISHES = re.compile(r"(?:播发|播出|发布|刊发|刊登|刊载|发表|推送|编发|编报|报送|采写|撰写|转载)$")
# Words linking a counted thing to its amount (共有, 达到 …).
_LINK = re.compile(r"(?:共|共有|达|达到|为|共计|合计|累计|总计|已|了)+$")
# A verb of becoming written before 为 / 成 and the amount (整合重组为13支…, 改组为5个…): what it became is
# counted after the amount, so a tail ending in one (重组 ends in 组) names no facility.
_BECOMES = re.compile(r"(?:重组|改组|组建|组成|整合|合并|归并|调整|改建|扩建|升级|更名)$")


@per_figure
def counts_others(q: QuestionAnalysis, sentence: str, quantity: Quantity, words) -> bool:
    """Whether the amount counts what others did, or another kind, than asked. ``words`` segments
    a text (the index's segmenter), to read the word written before or after a noun."""
    at = quantity.start
    a, b = counted_clause(sentence, at)  # 被市政协采用36篇，比2019年的29篇…: 29篇 too were 被市政协采用
    agent_from = min(a, lead) if (lead := breakdown_lead(sentence, at)) is not None else a  # …采用的87条信息中,第一季度17条
    clause = sentence[a:at]  # what is done before the amount (评选出…20名, 听取…270余条)
    by = _BY_BODY.search(q.norm)
    if by:
        agents = [t for t in q.terms if len(t.text) >= 2 and t.text in by.group(1)]
        if agents and not any(e in sentence[agent_from:b] for t in agents for e in t.equivalents):  # 4篇信息被省政协采用
            return True  # 被市委市政府采用 asked, 被全国政协采用5条 told
    if total_of_named_item(sentence, at, [e for t in q.terms for e in t.equivalents]):
        return True  # 一季度采用多少条 asked, the lead's total of …的87条信息中,第一季度17条 told (breakdown_lead.py)
    if joint_total(q.norm, q.terms, sentence, at):
        return True  # 市工商联报了几篇 asked, 各民主党派市委会、市工商联共报送198篇 told (joint_total.py)
    if scope_of_asked_part([t.equivalents for t in q.terms], sentence, quantity):
        return True  # 有几个联系点活动开展不经常 asked, 18个 of 18个联系点中有4个活动开展不经常 told (scope_counted.py)
    if other_meeting(q.norm, sentence, at):
        return True  # 全会出席率 asked, 第13次常委会议出席率为87.8% told (meeting_kinds.py)
    if _TAKES_PART.search(q.norm) and _SINGLED_OUT.search(clause) and not _SINGLED_OUT.search(q.norm) \
            and not _TAKES_PART.search(clause):
        return True  # 参加…活动的委员有多少人 asked, 评选出"书香委员"20名 told
    doer = next((t for t in q.terms if t.text.endswith("员") and len(t.text) >= 3 and t.text[-2] not in _MEMBERS
                 and _GIVES.search(q.norm, q.norm.find(t.text))), None)
    if doer and not any(e in sentence for e in doer.equivalents):
        return True  # 特约监督员反映了多少条意见 asked, a sentence of the committee's own inspections told
    heard = _HEARS.search(clause)
    if _GIVES.search(q.norm) and heard and not _GIVES.search(clause) \
            and any(w in clause[heard.end():] and w not in q.norm for w in _THE_PUBLIC):
        return True  # 特约监督员反映了多少条意见 asked, 听取群众意见建议270余条 told
    picked = _PICKED_FROM.search(clause)
    if picked and not _PICKS.search(q.norm) \
            and not any(t.text in sentence[a + picked.end():b] and t.text not in clause[:picked.end()]
                        for t in q.terms if len(t.text) >= 2):
        # 立案了多少件 asked, 从立案提案中选取…4件 / 遴选出重点提案18件 told: those picked from them (but
        # 从…提案中评选出优秀提案20件 names a thing of its own after the verb: 优秀提案 asked, that is the count).
        return True
    if _other_stage(q, sentence, clause):
        return True  # 提交的提案立案了多少件 asked, 闭会期间提交34件 told
    if _AREA.search(q.norm) and not _AREA.search(clause):
        return True  # 湿地公园面积有多大 asked, 完成退耕还湿1,350亩 told
    if _other_people(q, clause):
        return True  # 参与的委员多少人次 asked, 线上线下听众累计1100余人次 told
    if _other_qualifier(q, sentence[a:b], words):
        return True  # 几次常委会议 asked, 召开全体会议4次 told
    counted = q.counted or _counted_before(q)
    if counted and len(counted) >= 2:
        before = _LINK.sub("", clause)
        k = before.rfind(counted)
        tail = before[k + len(counted):] if k >= 0 else ""
        if 2 <= len(tail) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", tail) and _FACILITY_HEAD.search(tail) \
                and not _BECOMES.search(tail) and not any(t.text in tail for t in q.terms):
            return True  # 多少个乡镇 asked, 乡镇电商服务站12个 told
        after = sentence[quantity.end:b]
        following = words(after[len(counted):]) if after.startswith(counted) else []
        # A facility is a word of its own (卫生院), not a particle (所 of 提案所提问题).
        if following and len(following[0]) >= 2 and _FACILITY_HEAD.search(following[0]) and following[0] not in q.norm:
            return True  # 多少个乡镇 asked, 9个乡镇卫生院 told (not 9个乡镇建立…)
    return False


def _other_qualifier(q: QuestionAnalysis, clause: str, words) -> bool:
    """Whether the thing counted is asked with a qualifier written right before it (常委 会议) and the
    clause writes the same head only with another word before it (全体会议), never the one asked."""
    head = q.counted
    at = q.norm.rfind(head) if head and len(head) >= 2 else -1
    qualifier = next((t for t in q.terms if t.text != head and len(t.text) >= 2
                      and q.norm.endswith(t.text, 0, at)), None) if at > 0 else None
    if qualifier is None or any(e in clause for e in qualifier.equivalents):
        return False
    told = [(words(clause[:k]) or [""])[-1] for k in find_all(clause, head)]
    # A verb of doing before the head is the deed (提出意见建议58条), not another kind; so is a word the question says.
    # Sharing a character with the one asked, it may be worded another way (新增委员 for 新任委员).
    return bool(told) and all(len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w) and not DOING.search(w)
                              and not _PUBLISHES.search(w) and w not in q.norm and not set(w) & set(qualifier.text) for w in told)


def _other_people(q: QuestionAnalysis, clause: str) -> bool:
    """Whether the question counts people of a role (委员, or 群众…) and the amount is written right after another
    people (听众累计…人次), the role asked nowhere in its clause."""
    asked = next((t.text for t in q.terms if (t.text.endswith("员") and len(t.text) >= 2) or t.text in _PEOPLE), None)
    if asked is None or asked in clause:
        return False
    before = _LINK.sub("", clause)
    return any(before.endswith(w) for w in _PEOPLE if w != asked and w not in q.norm)


def _other_stage(q: QuestionAnalysis, sentence: str, clause: str) -> bool:
    """Whether the question counts what reached one stage, told done right before 多少 / 几 (立案了多少件),
    and the sentence never tells that stage while the amount's clause tells another (提交34件)."""
    asked = re.search(r"(\w{2})了?(?:多少|几)", q.norm)
    stage = next((s for s in _STAGES if asked and asked.group(1) in s), None)
    if stage is None or any(w in sentence for w in stage):
        return False
    return any(w in clause for s in _STAGES if s is not stage for w in s)


def _counted_before(q: QuestionAnalysis) -> str | None:
    """The thing counted when written before 多少 and nothing after its measure word (社区一共有多少个)."""
    asked = re.search(r"(?:一共|总共|共)?有?(?:多少|几)[\u4e00-\u9fff]?[?？!。]*$", q.norm)
    if asked is None:
        return None
    return next((t.text for t in q.terms if q.norm.endswith(t.text, 0, asked.start())), None)
