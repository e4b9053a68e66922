"""Who did the act a who-question asks about, read from how a sentence names
its doer: the proposer written before a quoted title (X提出的"…提案"), the
builder written after 由 (由X投资建设的Y), the one whose endorsement a report
got (获X批示), the body that approved it (经X审定), and, last, a body written as the subject of the
deed asked (主席会议从立案提案中遴选出重点提案 for 谁遴选的: body_subject.py). A person who merely visited
what was built is no answer to 谁建的; the body written as the builder is.

Used by the sentence reader (``reading.py``) before it weighs the people of
a sentence.
"""

from __future__ import annotations

import re

from bot import texts

from .body_subject import body_subject
from .entrusted import entrusted_party
from .partner_told import partner_of
from .respective_doers import respective_doer
from .doc_passages import doc_passages

__all__ = ["agent_of", "asks_agent", "asks_builder", "asks_endorser", "asks_occupation", "asks_workplace", "decider_of", "doer_of",
           "leads_a_group", "workplace_in", "workplace_of", "PRONOUN", "ASKS_RECIPIENT"]

# To whom something went or was said (捐给了谁, 向谁反映): the answer may be a body as well as a person.
ASKS_RECIPIENT = r"给了?谁|向谁|给哪|捐给|送给|交给了?谁|转给了?谁|(?:跟|对|和)谁(?:提|反映|建议|建言|汇报)"

_ASKS_PROPOSER = re.compile(r"谁提|谁提出|谁提交|谁写的|谁联名|哪(?:个|家|1个)?(?:党派|单位|部门|组织|团体|界别)(?:联名)?提"
                            r"|(?:提案人|提案者|提出人|提出者)(?:是谁|是哪)")
# A title may quote a word of its own ("关于破解城区学校"大班额"问题的提案"): a quoted piece inside it, the title
# going on after it, is the title's (one ending 提案 or 建议 before a quote is a title of its own).
_TITLE = r'(?P<title>[^"]{1,60}?(?:(?<!提案)(?<!建议)(?<!议案)"(?![和与及、,]")[^"]{1,15}"[^"]{1,40}?)?)'
# A member's post in brackets after the name (何某委员(某公司董事长)提出的) tells who he is, not his name.
_PROPOSED_BY = re.compile(r"(?P<who>[^,;:。\"“”()]{2,16}?)(?:(?:委员|同志)?\([^()]{2,30}\))?(?:联名)?(?:提出|提交)的\"" + _TITLE + '"')
# The title first and its proposer after 由 ("关于…的提案"，由九三学社某县支社提出).
_PROPOSED_AFTER = re.compile('"' + _TITLE + r'"[^"。;]{0,8}?由(?P<who>[^,;:。"由]{2,20}?)(?:联名)?(?:提出|提交)')
# The words a question asks the proposer with, not the proposal's subject.
_PROPOSING = frozenset({"提案", "提出", "提交", "提", "党派", "单位", "部门", "组织", "团体", "界别", "那件", "重点", "提案人"})
_BUILD = r"(?:投资|出资|投资兴|出资兴)?(?:建设|修建|兴建|建造|承建|建成|投建|新建|兴办|建)"
_ASKS_BUILDER = re.compile(rf"(?:谁|哪个单位|哪家|哪个部门)(?:来|负责|牵头)?(?:{_BUILD}|投资|出资|修|盖)")
# 由<doer><build verb>…的<thing>: the doer stops at the first clause mark.
# A third person as the writer of a quoted piece (他…便写了一篇"…的建议"): he is named in the sentences before.
_PRONOUN_WROTE = re.compile(r"(?:^|[,，;；])[^,，;；\"]{0,8}?(?P<who>他|她)(?!们)[^\"]{0,40}?(?:写|提出|提交|撰写|报送|起草)[^\"]{0,6}\"")
PRONOUN = "他"  # what doer_of returns when the sentence writes the doer as 他/她
# Whose endorsement (谁的批示, 谁批示的, 哪位领导作了批示): the one a report got it from (获分管副市长批示).
_ASKS_ENDORSER = re.compile(r"谁的?(?:肯定性)?批示|谁(?:作|做)(?:出)?了?批示|哪(?:位|个|些)[\u4e00-\u9fff]{0,4}?领导[^,?]{0,4}?批示")
_ENDORSED_BY = re.compile(r"(?:获|获得|得到)(?P<who>[^,，;；。:：获得\d]{2,16}?)(?:的)?(?:肯定性)?批示")
# The endorser as the subject of its clause (报告报送市委后,市委副书记某某作出批示): the whole clause before the verb.
# Or the endorsement told bare, as a clause of its own or before 后 (副区长某某批示后,建议被…采纳).
_ENDORSER_WROTE = re.compile(r"(?:^|(?<=[,，;；:：]))(?P<who>[^,，;；。:：\d\"获得被]{2,16}?)(?:(?:作出|做出|作了|做了)(?:重要|肯定性)?"
                             r"批示|批示(?=后|[,，;；:：。]|$))")
# Words of the act (批示, 得到…肯定性批示) or the asker's own kind of endorser (领导), not what was endorsed.
_ENDORSING_WORDS = re.compile(r"批|领导|^作$|^做$|^(?:获|获得|得到|取得)$|肯定|重要")
# The act asked of a body in the passive (被哪个部门采纳, 被谁采用, 由哪个单位办理): its agent stands between
# 被/由 and the verb in the sentence. Verbs of taking a proposal up answer one another.
_TAKEN_UP = ("采纳", "采用", "吸收", "吸纳")
_AGENT_VERBS = _TAKEN_UP + ("办理", "承办", "批示", "列入", "转化", "推广", "表彰")
_ASKS_AGENT = re.compile(r"(?P<by>被|由)(?:谁|哪(?:个|家|些|1个|一个|位)?(?:部门|单位|机构|机关|方面|级|领导)?)(?:来)?"
                         r"(?P<verb>" + "|".join(_AGENT_VERBS) + ")"
                         r"|哪(?:个|家|些|1个|一个)(?:部门|单位|机构|机关)(?P<verb2>" + "|".join(_TAKEN_UP) + ")")
# What a passive or 由 sentence writes as the agent: up to the verb, no clause mark, no second 被/由.
_AGENT_BEFORE = r"(?P<by>被|由)(?P<who>[^,，;；。:：\"被由]{2,20}?)(?:联合|共同|负责|牵头)?"
_BUILT_BY = re.compile(rf"由(?P<who>[^,，;；:：。、\"由的]{{2,14}}?){_BUILD}(?P<rest>[^,，;；。]*)")
# Who won a tender (哪家公司中标的, 谁中标的, 中标单位是哪家): the body written before 中标 (由某某有限公司中标承建),
# a body by its kind word at the end (公司, 集团, 单位 …), not a person.
_ASKS_WINNER = re.compile(r"(?:谁|哪(?:个|家|1个|一个)?(?:公司|企业|单位|机构)?)中标|中标(?:的)?(?:公司|企业|单位|机构|方)(?:是|为|叫)")
_WON_BY = re.compile(r"(?:由|(?:^|(?<=[,，;；:：])))(?P<who>[^,，;；:：。、\"由的]{2,24}?"
                     r"(?:公司|集团|企业|单位|研究院|设计院|研究所|事务所|中心|联合体))(?:公开)?中标")
# Who decided, passed or approved something (重点提案是谁审定的, 哪个会议审议通过的): the body written between
# 经 / 由 and that very verb (经县政协主席会议审定, 由市委常委会研究决定).
_ASKS_DECIDER = re.compile(r"(?:是谁|谁|哪个(?:单位|部门|机构|会议|会)|什么会议?)(?:来|负责)?"
                           r"(?P<verb>审定|审议|审核|审批|批准|决定|确定|通过|研究|核定|认定|议定)"
                           r"(?:通过|决定|确定|遴选|选定|选出|提出)?的?[?!。]*$")  # 谁研究遴选的: 经…会议研究，…遴选出
_DECIDING_BODY = re.compile(r"(?:会议|常委会|委员会|办公室|政府|政协|人大|党组|小组|局|委|办|院|厅|部)$")


def decider_of(question: str, sentence: str) -> str | None:
    """The body the sentence writes as deciding what a who-question asks who decided: 经<body><verb>."""
    asked = _ASKS_DECIDER.search(question)
    if not asked:
        return None
    verb = asked.group("verb")
    for match in re.finditer(rf"(?:经|由|经过)(?P<who>[^,，;；:：。、\"经由]{{2,16}}?)(?:集体|研究)?{verb}", sentence):
        if _DECIDING_BODY.search(match.group("who")):
            return match.group("who")
    return None


# 率调研组 / 带领考察团: leading a group is written as the verb before the group's name.
_LEADS_GROUP = re.compile(r"(?:率|带领|率领|带)[\u4e00-\u9fff]{0,4}?(?:组|队|团)(?![长员])")
_LEADING_WORDS = ("带队", "率队", "领队")


def leads_a_group(asked_equivalents, sentence: str) -> bool:
    """Whether the sentence tells of leading a group when 带队 is asked (率调研组来 for 谁带队)."""
    return any(w in asked_equivalents for w in _LEADING_WORDS) and bool(_LEADS_GROUP.search(sentence))


def asks_builder(question: str) -> bool:
    """Whether a who-question asks who built or paid for something (谁投资建的, 谁建的)."""
    return bool(_ASKS_BUILDER.search(question))


def asks_endorser(question: str) -> bool:
    """Whether a who-question asks who endorsed something (哪位市领导批示的, 谁作的批示)."""
    return bool(_ASKS_ENDORSER.search(question))


def asks_agent(question: str) -> str | None:
    """The verb when the question asks by whom something was done to it in the passive (被哪个部门采纳 → 采纳)."""
    asked = _ASKS_AGENT.search(question)
    return (asked.group("verb") or asked.group("verb2")) if asked else None


def _subject_told(terms, text: str, skip: re.Pattern, names=()) -> bool:
    """Whether a text names the people the question names and most of what it asks about (by term weight, a
    piece of a term for its share), leaving out the words of the asked act and doer (``skip``): an
    endorsement or adoption told right after it is of that thing."""
    if any(name not in text for name in names):
        return False  # 韩某那件提案: a sentence of another's proposal
    subject = [t for t in terms if len(t.text) >= 2 and not skip.search(t.text)]
    total = sum(t.weight for t in subject)
    told = sum(t.weight * max([1.0 * (e in text) for e in t.equivalents]
                              + [0.8 * len(e) / len(t.text) * (e in text) for e in t.parts]) for t in subject)
    return total > 0 and told >= 0.5 * total


def agent_of(question: str, terms, sentence: str, names=()) -> str | None:
    """The body a passive sentence writes as the one that took up (采纳), handled (办理) or endorsed what the
    question names, when it asks by whom (被哪个部门采纳了 → 被市委农办采纳: 市委农办)."""
    verb = asks_agent(question)
    if verb is None:
        return entrusted_party(question, terms, sentence)  # 报告受谁委托作的 → 受…常务委员会委托 (entrusted.py)
    verbs = _TAKEN_UP if verb in _TAKEN_UP else (verb,)
    skip = re.compile("|".join(("部门", "单位", "机构", "领导") + verbs))
    for match in re.finditer(_AGENT_BEFORE + "(?:" + "|".join(verbs) + ")", sentence):
        item = re.split(r"[;；。]", sentence[:match.start()])[-1]  # its own item of a list (…采用;委员某某反映的…)
        if _subject_told(terms, item, skip, names):
            return match.group("who")
    return None


def _strong_terms(terms) -> list[str]:
    return [text for t in terms if len(t.text) >= 2 for text in t.equivalents + t.parts if len(text) >= 2]


def _only_title_with_all(terms, matches) -> str | None:
    """The proposer of the one quoted title, among several a sentence lists, that holds every word the
    question names its subject by, short ones too (茶 of 茶产业提案), three characters in all at least."""
    subject = [t.text for t in terms if t.text not in _PROPOSING]
    if len(matches) < 2 or sum(len(w) for w in subject) < 3:
        return None
    full = [m for m in matches if all(w in m.group("title") for w in subject)]
    if len(full) != 1:
        return None
    proposer = re.sub(r"^\d{1,2}[.、]", "", full[0].group("who"))
    return re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:委员|同志)$", "", proposer)


def doer_of(question: str, terms, sentence: str, before: str = "", names=()) -> str | None:
    """The proposer, endorser or builder the sentence writes for what the question names, if any (``before``:
    the sentence before it in the paragraph, which may name what a sentence opening 某某作出批示 endorsed;
    ``names``: the people the question names, whose proposal or report it asks about)."""
    agent = agent_of(question, terms, sentence, names)
    if agent:
        return agent  # 被谁采纳的: the body written after 被
    partner = partner_of(question, _strong_terms(terms), sentence)
    if partner:
        return partner  # 跟谁联合办的 → 与某党校联合举办: the partner, not the reporting body (partner_told.py)
    if _ASKS_PROPOSER.search(question):
        # 河道综合治理的提案是谁提的 → 九三学社云州市委提出的"关于加强城区河道综合治理的提案".
        for match in [*_PROPOSED_BY.finditer(sentence), *_PROPOSED_AFTER.finditer(sentence)]:
            title = match.group("title")
            subject = [t.text for t in terms if t.text not in _PROPOSING]
            told = [w for w in subject if len(w) >= 2 and w in title]
            # The proposal's subject named (大班额提案 → 大班额, 农村供水管护 → 农村, 供水, 管护): most of its words.
            if told and (len(told) >= 2 or len(told[0]) >= 3) and 2 * len(told) >= len(subject):
                proposer = re.sub(r"^\d{1,2}[.、]", "", match.group("who"))  # an item's number (6.民进某县支部提出的)
                proposer = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:委员|同志)$", "", proposer)  # 孙某委员提出的: 孙某
                for prefix in ("委员", "由"):
                    proposer = proposer[len(prefix):] if proposer.startswith(prefix) and len(proposer) > 4 else proposer
                return proposer
        proposer = _only_title_with_all(terms, [*_PROPOSED_BY.finditer(sentence), *_PROPOSED_AFTER.finditer(sentence)])
        if proposer:
            return proposer  # 茶产业提案是谁提的: the one title of several holding every word asked (茶, 产业)
        words = _strong_terms(terms)
        pronoun = _PRONOUN_WROTE.search(sentence)
        if pronoun and sum(1 for t in terms if len(t.text) >= 2 and t.text in sentence[pronoun.end():]) >= 2:
            return PRONOUN
    if _ASKS_ENDORSER.search(question):
        # 调研报告获得了谁的批示 → …提出建议10条,获分管副市长批示: the one written between 获 and 批示;
        # 报告报送市委后,市委副书记某某作出批示: the subject of the clause, the report named before it.
        asked = {e for t in terms for e in t.equivalents}
        for match in sorted([*_ENDORSED_BY.finditer(sentence), *_ENDORSER_WROTE.finditer(sentence)],
                            key=lambda m: m.start()):
            who = match.group("who")
            if who in asked:
                continue  # 获市领导批示 for 哪位市领导批示的: the question's own word, no one named
            told = sentence[:match.start()]
            if '"' not in told:
                told = before + told  # the thing endorsed named in the sentence before (no title of its own here)
            # The endorser's post the question names (区委书记是谁批示的) is no part of what was endorsed.
            if _subject_told([t for t in terms if t.text not in who], told, _ENDORSING_WORDS, names):
                return who
    decider = decider_of(question, sentence)
    if decider:
        return decider  # 谁审定的 → 经县政协主席会议审定: the body before the verb
    if re.search(r"谁|哪(?:个|家)(?:单位|部门)|哪位|叫(?:啥|什么)|姓名|名字", question):
        respective = respective_doer([t.text for t in terms if len(t.text) >= 2], sentence, question)
        if respective:
            return respective  # "A"和"B"…分别由X和Y牵头督办: A's is X (respective_doers.py)
    if _ASKS_WINNER.search(question) and (won := _WON_BY.search(sentence)):
        return won.group("who")  # 哪家公司中标的 → 由某某数字科技有限公司中标承建
    if asks_builder(question):
        # 由县交通集团投资建设的滨河栈道: the thing built follows in the clause, and the question names it.
        words = _strong_terms(terms)
        for match in _BUILT_BY.finditer(sentence):
            if any(w in match.group("rest") for w in words):
                return match.group("who")
    return body_subject(question, sentence)  # 重点提案是谁遴选的 → 主席会议从立案提案中遴选出… (body_subject.py)


# Where a person works, asked by the kind of place (哪个学校, 哪个单位, 在哪工作): the body their role
# names before the post (县第二中学语文教师 → 县第二中学, 县蔬菜产业协会会长 → 县蔬菜产业协会).
_SCHOOL = r"(?:中学|小学|大学|学院|学校|党校|幼儿园)"  # (市委党校教授: a party school is one)
_ANY_BODY = (_SCHOOL[:-1] + r"|医院|公司|集团|局|中心|研究所|研究院|事务所|法院|检察院|银行|馆|站|社|协会|商会|学会|联合会"
             r"|设计院|规划院|科学院|卫生院|养老院|敬老院|福利院"
             r"|科(?=副?科长)|处(?=副?处长)|院(?=副?院长)|所(?=副?所长))")  # (某保健院副院长, 某检测所所长: by its head)
# A unit asked at large (哪个单位) is also a people's body by its short name (市妇联副主席 works at 市妇联); a company
# asked is not (市工商联副主席、某集团总经理: the 集团).
_ANY_UNIT = _ANY_BODY[:-1] + r"|[妇青侨文残]联|工商联|科协|作协|总工会)"  # (某勘测设计院高级工程师: that 院; 某区政协信息科科长: a section by its head)
# A society (社团, 团体) is named by its 会, 社 or 团 (某同乡总会, 某诗社, 某艺术团).
_SOCIETY = r"(?:会|社|团)"
# A government body named as a 委员会, a 委 or an office, written with its level (市卫生健康委员会主任, 县发改委副主任,
# 市政府办公室): a unit one works in; not the committee's own bodies (委员会副主任, 政协提案委员会, 专委会办公室).
_GOVERNMENT_BODY = re.compile(r"^(?:邀请|特邀|聘请|请)?[省市县区](?!政协)[\u4e00-\u9fff]{2,16}?(?:委员会|委(?!员)|办公室)")
# 哪个单位的, and 什么单位的 / 啥单位的 (general Chinese asks a workplace either way); 哪里的领导, the body one leads.
_ASKS_WORKPLACE = re.compile(r"(?:哪(?:个|所|家|1个|一个)?|什么|啥)(?P<kind>学校|中学|小学|大学|单位|医院|公司|企业|社团|团体|律师事务所|事务所)"
                             r"|在哪(?:里|儿)?(?:工作|上班|任职|教书|任教)|哪(?:里|儿)的(?:领导|干部)")


# What a named person does for a living (孙某是做什么的, 干啥工作的, 从事什么职业): the post their role tells.
_ASKS_OCCUPATION = re.compile(r"是(?:做|干)(?:什么|啥)的|(?:做|干)(?:什么|啥)工作|(?:从事|干)(?:什么|啥)(?:职业|行业)|"
                              r"(?:什么|啥)职业")
# What a sentence says a person is right after their name (是当地的种粮大户, 是一名乡村教师), up to a clause's end,
# or their post in brackets after it (副召集人某某（某县中医医院副院长）).
# (委员 after the name is how the report calls them, 是某镇的一名乡村医生 where they work; 一名 is written 1名 once normalised.)
_SAID_TO_BE = re.compile(r"(?:同志|委员)?(?:(?:是|系)(?!否)(?:当地|本地|县里|村里|[\u4e00-\u9fff]{2,8}?[省市县区乡镇村])?的?"
                         r"(?:[一1](?:名|位|个))?([\u4e00-\u9fff]{2,12}?)(?=[,，。;；]|$)"
                         r"|[(（]([\u4e00-\u9fff、]{2,20})[)）])")
# Words naming a person a member only, which tell not what they do.
_MEMBER_ONLY = frozenset({"委员", "政协委员", "常委", "同志"})
# A post held in a place named before it (某县某乡党委书记, 某市某局副局长), and one saying only a committee's member.
_POST_IN_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?[省市县区乡镇村][\u4e00-\u9fff]{2,}")
_MEMBER_ONLY_POST = re.compile(r"[\u4e00-\u9fff]{0,6}?政协(?:常委|委员)")


def asks_occupation(question: str) -> bool:
    """Whether the question asks what someone does for a living (孙某是干什么的, 干啥工作的)."""
    return bool(_ASKS_OCCUPATION.search(question))


# A preposition after the body asked makes it the doer of a deed to the person (哪所学校把某某的故事编进教材).
_DEED_TO = "把将给为对向替帮"


def _workplace_asked(question: str):
    """The match asking a kind of workplace, unless the unit asked is the agent of a deed (被哪个单位采纳, 哪所学校把…)."""
    asked = None if asks_agent(question) else _ASKS_WORKPLACE.search(question)
    after = question[asked.end():asked.end() + 1] if asked else ""
    return None if after and after in _DEED_TO and asked.group("kind") else asked


def asks_workplace(question: str, names) -> bool:
    """Whether the question asks where a named person works (罗某在哪个单位工作)."""
    return bool(names) and bool(_workplace_asked(question))


# Which body's post (哪个单位的特约监督员): the body of the post named, not the person's workplace.
_POST_OF_BODY = re.compile(r"(?:哪(?:个|家|1个|一个)?|什么|啥)(?:单位|部门|机构)的([\u4e00-\u9fff]{2,})")


def workplace_in(question: str, names, sentence: str, index, p: int, people_of):
    """Where the workplace a named person's role gives is told: (None, body) in the sentence itself, else
    ((passage, sentence), body) in another sentence of the document (郑某领衔提出的提案 names them
    without it, an earlier sentence with it); None when the question asks no workplace or the sentence
    names none of its people."""
    asked = _workplace_asked(question) or _ASKS_OCCUPATION.search(question)
    if not asked or not any(name in sentence for name in names):
        return None
    post = _POST_OF_BODY.search(question)
    if post and post.group(1)[:4] in sentence:
        return None  # 某某是哪个单位的特约监督员: the body this sentence writes before that post, not where they work
    doc = index.passage_doc[p]
    others = [((k, j), text) for k in doc_passages(index, doc)
              for j, text in enumerate(index.sentence_norm[k])]
    occupation = not _workplace_asked(question)
    best = None
    for where, text in [(None, sentence)] + others:
        if any(name in text for name in names):
            found = workplace_of(question, names, people_of(text), text)
            if found and not occupation:
                return where, found
            # What one does: the sentence telling most of their posts (副召集人某某 in one sentence, 副召集人某某
            # （某县中医医院副院长） in another); the first of equally full ones.
            if found and (best is None or found.count("、") > best[1].count("、")):
                best = where, found
    return best


def workplace_of(question: str, names, people, sentence: str = "") -> str | None:
    """The body a named person's role places them in, or the one written as theirs (某某所在的区农技中心),
    when the question asks which one; asked what they do, their posts (a bare 委员 tells none)."""
    asked = _workplace_asked(question)
    if not asked and names and _ASKS_OCCUPATION.search(question):
        for person in people:
            posts = [part for part in person.role.split("、") if part and part not in _MEMBER_ONLY]
            # What the sentence says they are right after their name (某某是当地的种粮大户) says it first.
            said = _SAID_TO_BE.match(sentence, person.end) if sentence and person.name in names else None
            said = said and (said.group(1) or said.group(2))
            if said and said not in _MEMBER_ONLY and said not in posts:
                posts = [said] + [post for post in posts if not post.endswith(said)]  # (not 1名工程师 beside 工程师)
            if person.name in names and posts:
                return texts.PERSON_ROLE_IS.format(name=person.name, role="、".join(posts))
        return None
    if not asked or not names:
        return None
    kind = asked.group("kind") or "单位"
    ending = _SCHOOL if "学" in kind else _SOCIETY if kind in ("社团", "团体") else _ANY_UNIT if kind == "单位" else _ANY_BODY
    for person in people:
        if person.name in names:
            for part in person.role.split("、"):
                # The post that names a body tells where one works, and what as: a body cut out of it by
                # its kind word errs where the post repeats that word or the kind word is not the last
                # (区某事务局局长 is no 区某事务局局, 某镇中心卫生院副院长 no 某镇中心).
                if re.match(rf"[\u4e00-\u9fff\d]*{ending}", part) or (ending in (_ANY_BODY, _ANY_UNIT) and _GOVERNMENT_BODY.match(part)):
                    return part
            if not asked.group("kind"):
                # 在哪任职 asks no kind of body: a post held in a place (某县某乡党委书记) tells where, whole.
                held = [part for part in person.role.split("、") if _POST_IN_PLACE.match(part) and part not in _MEMBER_ONLY
                        and not _MEMBER_ONLY_POST.fullmatch(part)]
                if held:
                    return held[-1]
    for name in names:
        based = re.search(re.escape(name) + rf"(?:同志|委员)?所在的?([\u4e00-\u9fff\d]{{2,20}}?{ending})", sentence)
        if based:
            return based.group(1)  # 孙某所在的区农业技术推广中心: the unit they belong to
    return None
