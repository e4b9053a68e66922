"""Who did the act a who-question asks about, read from how a sentence names
its doer: the proposer written before a quoted title (X提出的"…提案"), the
builder written after 由 (由X投资建设的Y), the one whose endorsement a report
got (获X批示), the body that approved it (经X审定). A person who merely visited what was built is no answer to
谁建的; the body written as the builder is.

Used by the sentence reader (``reading.py``) before it weighs the people of
a sentence.
"""

from __future__ import annotations

import re

__all__ = ["asks_builder", "asks_workplace", "doer_of", "leads_a_group", "workplace_in", "workplace_of", "PRONOUN",
           "ASKS_RECIPIENT"]

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
# Who approved or decided it (谁审定的, 由谁审议通过): the body written after 经 (经县政协主席会议审定).
_ASKS_APPROVER = re.compile(r"谁(?:来|最终|最后)?(?P<act>审定|审议|审批|批准|审核|决定|确定)")
_APPROVED_BY = re.compile(r"经(?P<who>[^,，;；。:：经由的\"]{2,16}?)(?P<act>审定|审议|审批|批准|审核|研究决定|研究确定|决定|确定)")
_BUILT_BY = re.compile(rf"由(?P<who>[^,，;；:：。、\"由的]{{2,14}}?){_BUILD}(?P<rest>[^,，;；。]*)")


# 率调研组 / 带领考察团: leading a group is written as the verb before the group's name.
_LEADS_GROUP = re.compile(r"(?:率|带领|率领|带)[\u4e00-\u9fff]{0,4}?(?:组|队|团)(?![长员])")
_LEADING_WORDS = ("带队", "率队", "领队")


def leads_a_group(asked_equivalents, sentence: str) -> bool:
    """Whether the sentence tells of leading a group when 带队 is asked (率调研组来 for 谁带队)."""
    return any(w in asked_equivalents for w in _LEADING_WORDS) and bool(_LEADS_GROUP.search(sentence))


def asks_builder(question: str) -> bool:
    """Whether a who-question asks who built or paid for something (谁投资建的, 谁建的)."""
    return bool(_ASKS_BUILDER.search(question))


def _strong_terms(terms) -> list[str]:
    return [text for t in terms if len(t.text) >= 2 for text in t.equivalents + t.parts if len(text) >= 2]


def doer_of(question: str, terms, sentence: str) -> str | None:
    """The proposer or builder the sentence writes for what the question names, if any."""
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
        words = _strong_terms(terms)
        pronoun = _PRONOUN_WROTE.search(sentence)
        if pronoun and sum(1 for t in terms if len(t.text) >= 2 and t.text in sentence[pronoun.end():]) >= 2:
            return PRONOUN
    if _ASKS_ENDORSER.search(question):
        # 调研报告获得了谁的批示 → …提出建议10条,获分管副市长批示: the one written between 获 and 批示.
        words = [w for w in _strong_terms(terms) if w not in ("批示", "获得", "得到")]
        for match in _ENDORSED_BY.finditer(sentence):
            if any(w in sentence[:match.start()] for w in words):
                return match.group("who")
    approver = _ASKS_APPROVER.search(question)
    if approver:
        # 重点提案是谁审定的 → 经县政协主席会议审定，…确定重点提案12件: the body after 经, its act the one asked.
        for match in _APPROVED_BY.finditer(sentence):
            if match.group("act").endswith(approver.group("act")[-2:]):
                return match.group("who")
    if asks_builder(question):
        # 由县交通集团投资建设的滨河栈道: the thing built follows in the clause, and the question names it.
        words = _strong_terms(terms)
        for match in _BUILT_BY.finditer(sentence):
            if any(w in match.group("rest") for w in words):
                return match.group("who")
    return None


# Where a person works, asked by the kind of place (哪个学校, 哪个单位, 在哪工作): the body their role
# names before the post (县第二中学语文教师 → 县第二中学).
_SCHOOL = r"(?:中学|小学|大学|学院|学校|幼儿园)"
_ANY_BODY = _SCHOOL[:-1] + r"|医院|公司|集团|局|中心|研究所|研究院|事务所|法院|检察院|银行|馆|站|社)"
_ASKS_WORKPLACE = re.compile(r"哪(?:个|所|家|1个|一个)?(?P<kind>学校|中学|小学|大学|单位|医院|公司|企业)"
                             r"|在哪(?:里|儿)?(?:工作|上班|任职|教书|任教)")


def asks_workplace(question: str, names) -> bool:
    """Whether the question asks where a named person works (罗某在哪个单位工作)."""
    return bool(names) and bool(_ASKS_WORKPLACE.search(question))


def workplace_in(question: str, names, sentence: str, index, p: int, people_of):
    """Where the workplace a named person's role gives is told: (None, body) in the sentence itself, else
    ((passage, sentence), body) in another sentence of the document (郑某领衔提出的提案 names them
    without it, an earlier sentence with it); None when the question asks no workplace or the sentence
    names none of its people."""
    if not _ASKS_WORKPLACE.search(question) or not any(name in sentence for name in names):
        return None
    doc = index.passage_doc[p]
    others = [((k, j), text) for k in range(index.size) if index.passage_doc[k] == doc
              for j, text in enumerate(index.sentence_norm[k])]
    for where, text in [(None, sentence)] + others:
        if any(name in text for name in names):
            found = workplace_of(question, names, people_of(text))
            if found:
                return where, found
    return None


def workplace_of(question: str, names, people) -> str | None:
    """The body a named person's role places them in, when the question asks which one."""
    asked = _ASKS_WORKPLACE.search(question)
    if not asked or not names:
        return None
    kind = asked.group("kind") or "单位"
    ending = _SCHOOL if "学" in kind else _ANY_BODY
    for person in people:
        if person.name in names:
            for part in person.role.split("、"):
                body = re.match(rf"[\u4e00-\u9fff]*?{ending}", part)
                if body:
                    return body.group(0)
    return None
