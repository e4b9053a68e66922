"""Whether the sentence chosen tells what the question asks, not merely something
next to it: the event a when-question asks (开馆, 建成) rather than another event of
the same thing (视察, 督办); a day, when a day is asked; of a person, the post of the
body asked, the surname asked, the role asked held by them (传承人), the attribute
asked told of them (题目 of his talk), and the act asked done by them (谁督办的: the
one written before the verb); and a body named by its short form (法制委) is the one
whose full name a text writes (社会和法制委员会).

Plain functions over normalised text, used by the checks (checks.py) and the reader
(reading.py); general Chinese only, no document's words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .doers import doer_of
from .facts import clause_bounds, find_dates
from .gazetteer import without_places
from .heads import meeting_ordinals
from .other_deed_date import date_of_other_deed
from .name_asked import SURNAME_ASKED
from .posts import asked_post, body_of, sector_without_level
from .vocabulary import in_order
from .patterns import pattern

__all__ = ["ASKS_DAY_WORDS", "agent_bonus", "asked_act", "handler_for_proposer", "body_leader_bonus", "body_named", "body_name_written", "event_doubt",
           "milestone_untold", "person_clause_doubt", "place_told_as_asked", "with_subject", "role_names_asked", "role_nouns_asked"]

# Milestones of a thing's life, each of one date (general Chinese): a date of another event of the
# same thing (a visit to the new library, the supervision of a proposal on the park) is not theirs.
# A document's issue (印发, 出台 …) is one of them.
_ISSUE_MILESTONES = ("印发", "出台", "颁布", "下发", "签发")
# A person's taking up a post is one too (宁某是哪年当选主席的): the date of a sentence naming them with the post,
# at a meeting or a visit, is not when they took it; any word of taking a post tells it (当选 asked, 任命 told).
_POST_TAKEN = ("当选", "上任", "就任", "任职", "担任", "出任", "接任", "履新", "任命", "选举", "选为", "调任", "转任", "到任")
_MILESTONES = ("投入使用", "开馆", "开放", "建成", "竣工", "完工", "落成", "启用", "投用", "投产", "开业", "开园", "通车",
               "开通", "上线", "揭牌", "挂牌", "成立", "开工", "动工", "开幕", "闭幕", "出版", "出书", "付印", "换届") \
    + _ISSUE_MILESTONES + _POST_TAKEN[:8]
# The words a document's issue is written with: any of them tells the issue asked by another
# (方案哪天印发的 is answered by 于3月9日出台"某方案"; a meeting's date, the document 推动出台 a clause away, is not).
_ISSUED = _ISSUE_MILESTONES + ("发布", "公布", "制定")
# 换届 asked as the event (换届大会哪天开, 几月换届的), not as a word naming what is done for it (换届委员推荐何时完成).
_TERM_CHANGE_ASKED = re.compile(r"换届(?:大会|会议|选举)?(?:$|[^\u4e00-\u9fff]|是|的|在|于|什么|啥|哪|几|时|了|完成|工作)")
# A milestone asked in everyday words, told in the documents' (出书 is told as 出版 or 付印).
_MILESTONE_TOLD_AS = {"出书": ("出书", "出版", "付印"), **{word: _ISSUED for word in _ISSUED},
                      **{word: _POST_TAKEN for word in _POST_TAKEN}}
# A milestone followed by these is a time reckoned from it (开馆后的运营, 建馆30周年 — the year of an
# anniversary is not the milestone's own): it is not told to have happened.
_RECKONED_FROM = re.compile(r"后|以后|之后|前|以前|之前|\d+周年|[一二三四五六七八九十百]+周年")
# A milestone that takes no object (换届, 开幕, 竣工), followed by these, names a body set up for it (换届工作督导组,
# 开幕式筹备组): what that body did and when is told, not the milestone happening (成立领导小组 is a verb and its object).
_NO_OBJECT = frozenset(("换届", "开馆", "开幕", "闭幕", "竣工", "完工", "落成", "开园", "开业", "通车"))
_BODY_FOR_IT = re.compile(r"式?(?:工作[\u4e00-\u9fff]{0,3}?(?:组|办公室|专班)|筹备[\u4e00-\u9fff]{0,2}?(?:组|办公室|委员会)"
                          r"|(?:督导|指导|领导)小?组|工作[\u4e00-\u9fff]{0,6}?会)")
# The next one asked (下一次换届, 下届): a date told as done is of one before it; the next is told only as planned.
_NEXT_ASKED = re.compile(r"下[1一]?[次届轮回]")
_PLANNED = re.compile(r"拟|将|计划|预计|定于|安排在|力争|明年|下半年")
# Asking for the day (几号, 哪天), not the month or the year.
# One list for the reader too (reading.py adds 日期: a date asked there must carry its day).
ASKS_DAY_WORDS = r"几号|哪天|哪几天|哪1天|哪一天|几月几|哪日"
_ASKS_DAY = re.compile(ASKS_DAY_WORDS + r"|几日")
_ASKS_YEAR = re.compile(r"哪年|哪1年|哪一年|何年|什么年份|哪个年份")
# A date ending a span that starts at an event (自…会议开幕至2018年12月31日, 从…以来到…): the span's end, not the
# event's date; unless an end is asked (截至哪天, 到什么时候, 闭幕).
_SPAN_END = re.compile(r"(?:(?:自|从)[^,;。]{1,24}?|开幕|以来)(?<!截)(?:至|到)$")
_ASKS_END = re.compile(r"截至|截止|到什么时候|到哪|至今|结束|闭幕|为止")
# Asking for the month (几月, 几月份, 哪个月), not the day: a year alone (2023年) does not answer it.
_ASKS_MONTH = re.compile(r"几月(?!几)|哪1?个月|哪一个月")
# A time within a year that answers it (3月, 三月, 第二季度, 年底, 春节前), not the year alone.
_PART_OF_YEAR = re.compile(r"月|季|年初|年底|年末|年中|半年|[春夏秋冬]|节")
# (A day of the week answers which day too: 每月第2个星期四, 每周三, 周末.)
_TELLS_DAY = re.compile(r"\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号]|当天|当日|"
                        r"(?:星期|礼拜)[一二三四五六日天]|(?<![\d年])周[一二三四五六日]|周末")
# The act a who-question asks the doer of: 提案是谁督办的, 调研是哪位领导带队的 → 督办, 带队; or written
# before the person asked (督办领导是哪个, 督办人是谁 → 督办).
_WHO_DID = re.compile(r"(?:是谁|谁|哪位(?:委员|代表|领导|同志)?)([\u4e00-\u9fff]{2,4}?)的?[?!。]*$"
                      r"|([\u4e00-\u9fff]{2})的?(?:领导|人)是(?:谁|哪位|哪个|哪1个)[?!。]*$")
_AGENT_GAP = 4  # words between the doer and the act (顾立文协调督办, 冯景川领衔督办)
_FULL_BODY_HEAD = "委员会"
_FULL_BODY_RUN = 10  # characters of a full name written before 委员会 (社会和法制)
# How a short form ends (法制委, 科技界) and the full name's head it stands for.
_FULL_HEADS = {"委": _FULL_BODY_HEAD, "界": "界别"}


def body_name_written(head: str, qualifiers: list[str], corpus: str) -> list[str]:
    """The words (nearest first) naming the body asked, of those a question writes before its 委员会 / 委: all
    of them, unless only the nearest few make a name the documents write (卫生健康 + 委员会) and more do not,
    the words before it being the question's topic (民营医院专项整治卫健委联合的哪个部门: 整治 names no body)."""
    return list(_body_name_written(head, tuple(qualifiers), corpus))


@lru_cache(maxsize=64)  # asked of every passage read for one question; each search reads the whole corpus
def _body_name_written(head: str, qualifiers: tuple[str, ...], corpus: str) -> tuple[str, ...]:
    if "".join(reversed(qualifiers)) + head in corpus:
        return qualifiers
    return next((qualifiers[:k] for k in range(len(qualifiers) - 1, 0, -1)
                 if "".join(reversed(qualifiers[:k])) + head in corpus), qualifiers)


def body_named(short: str, where: str) -> bool:
    """Whether a text names the body a question calls by its short form: the short form itself
    (法制委, 科技界), or a full name ending 委员会 or 界别 holding its characters in order (社会和法制委员会,
    科学技术界别)."""
    if short in where:
        return True
    head = _FULL_HEADS.get(short[-1:])
    if head is None or len(short) < 3:
        return False
    for match in re.finditer(head, where):
        run = re.search(r"[\u4e00-\u9fff]{0,%d}\Z" % _FULL_BODY_RUN, where[:match.start()]).group()  # not across a line
        full = run + head
        if any(full[k] == short[0] and in_order(short, full[k:]) for k in range(len(run))):
            return True
    return False


def event_doubt(question: str, fact: str, shown: str) -> float:
    """For a when-question: how much less to trust a date that is not of the event asked — of another
    session than the one asked, a milestone (开馆, 建成开放) the sentence does not tell as happening —
    or not as precise as asked (12月几号 → 12月; 哪年 → a month), or the end of a span from it (开幕至…)."""
    factor = 1.0 if meeting_ordinals(question) <= meeting_ordinals(shown) else 0.4  # 10届1次会议以来… for 10届3次会议
    if milestone_untold(question, _date_clause(fact, shown), shown):
        factor *= 0.4  # 新馆什么时候开馆: the date of a visit to it, 开馆后 only reckons from the opening
    if _ASKS_DAY.search(question) and fact and not _TELLS_DAY.search(fact):
        factor *= 0.4  # which day asked; the document gives the month only
    if _ASKS_MONTH.search(question) and fact and not _PART_OF_YEAR.search(fact):
        factor *= 0.4  # which month asked, a year told (明年视察安排在几月 → 2023年)
    if _ASKS_YEAR.search(question) and not re.search(r"(?:19|20)\d\d", fact):
        factor *= 0.4  # which year asked, a month told (陈立新是哪年当上召集人的 → 3月至6月)
    elif _ASKS_YEAR.search(question) and re.search(r"开始|起(?!草|来|到|步)", question) and not _year_of_asked(question, fact, shown):
        factor *= 0.4  # 某某哪年开始驻村的 asked, 选派…某某任驻村第一书记。2023年… told: when it began, no year of it
    if _NEXT_ASKED.search(question) and not _PLANNED.search(shown):
        factor *= 0.4  # 下一次换届是哪年 asked, the date of this term's change told
    if date_of_other_deed(question, fact, shown):
        factor *= 0.4  # 去驰原市学习考察安排在几月 asked, 赴驰原市学习考察，将于2024年3月召开推进会 told (other_deed_date.py)
    at = shown.find(fact.partition("（")[0]) if fact else -1
    if at > 0 and _SPAN_END.search(shown[max(0, at - 30):at]) and not _ASKS_END.search(question):
        factor *= 0.4  # 10届2次会议哪天开幕 asked, 自10届2次会议开幕至2018年12月31日 told: the span's end
    return factor


def _year_of_asked(question: str, fact: str, shown: str) -> bool:
    """Whether the year ``fact`` is written in a sentence of ``shown`` that writes two characters running of the
    question (not its words of asking): the report's year, or the next sentence's, dates no start asked."""
    year = re.search(r"(?:19|20)\d\d", fact or "")
    asked = re.sub(r"哪[一1]?年|何年|什么年份|哪个年份|开始|是|的|了|[?？]", "|", question)
    pairs = {asked[i:i + 2] for i in range(len(asked) - 1) if "|" not in asked[i:i + 2]}
    return bool(year) and any(year.group() in part and any(pair in part for pair in pairs) for part in re.split(r"[。!?]", shown))


def _date_clause(fact: str, shown: str) -> str:
    """What a date is told of: its clause, with the next one when the date stands alone in its own
    (10月,《X》出版); the whole text when the date is not found in it. A milestone of another thing in
    the sentence (拟编辑出版《A》,…拟于9月举办座谈会) is not dated by it."""
    at = shown.find(fact.partition("（")[0]) if fact else -1
    if at < 0:
        return shown
    a, b = clause_bounds(shown, at)
    if at == 0 and re.search(r"\d[日号]", fact) and b < len(shown) and not find_dates(shown[b:clause_bounds(shown, b + 1)[1]]):
        b = clause_bounds(shown, b + 1)[1]  # 7月12日县政协召开…推进会,印发"…": what the day's meeting issued
    if b - a <= len(fact) + 3 and b < len(shown):
        b = clause_bounds(shown, b + 1)[1]
    return shown[a:b]


def milestone_untold(question: str, shown: str, sentence: str = "") -> bool:
    """Whether a when-question asks a milestone (成立, 开馆) the text does not tell as happening: it only
    reckons from it (开馆后, 成立40周年) or names none. A milestone the question itself only reckons
    from (成立40周年座谈会是哪天开的) is not asked: the meeting is. A post taken may be told anywhere in the
    whole ``sentence`` (2023年3月，在某会议上，某某当选副主席: the person's clause is not the date's)."""
    asked = [m for m in _MILESTONES if _happens(m, question) and (m != "换届" or _TERM_CHANGE_ASKED.search(question))]
    return bool(asked) and not any(_happens(told, sentence if m in _POST_TAKEN and sentence else shown, told=True)
                                   for m in asked for told in _MILESTONE_TOLD_AS.get(m, (m,)))


def _happens(milestone: str, shown: str, told: bool = False) -> bool:
    """Whether ``shown`` writes ``milestone`` as happening, not reckoned from; ``told`` (a sentence read, not the
    question: 换届工作领导小组啥时候成立 still asks of 换届's work), nor only naming a body set up for it."""
    for match in pattern(milestone).finditer(shown):
        if not _RECKONED_FROM.match(shown, match.end()) and not (
                told and milestone in _NO_OBJECT and _BODY_FOR_IT.match(shown, match.end())):
            return True
    return False


def person_clause_doubt(question: str, fact: str, shown: str, role_nouns: frozenset[str], attribute: frozenset[str],
                        names: list[str], places: Iterable[str] = ()) -> float:
    """How much less to trust an answer that speaks of a person without telling what is asked of them:
    the post asked of one body held in another (市教育局局长 asked, a 市文化局局长 told); a surname
    asked (姓冯的副主任) that is not theirs; the role asked
    (代表性传承人) neither the person's post nor written in their clause (a 副主任 who led a survey of
    the craft); the attribute asked of a person named (his 题目) told of the whole series he is listed
    in, not in his own clause."""
    factor = 1.0
    name, _, role = fact.partition("（")
    if role and _of_another_body(question, role.rstrip("）"), places):
        factor *= 0.4
    surname = SURNAME_ASKED.search(question)
    if surname and fact and not fact.startswith(surname.group(1)):
        factor *= 0.4  # 姓冯的那个副主任: a 副主任 of another surname is not the one asked
    if role_nouns and fact:
        name = name.split("、")[0]
        if not any(noun in role for noun in role_nouns) and not _in_clause_of(name, shown, role_nouns):
            factor *= 0.4
    if attribute and names and not any(_in_clause_of(name, shown, attribute, quoted=True) for name in names):
        factor *= 0.4
    return factor


def agent_bonus(question: str, terms, sentence: str, end: int) -> float:
    """Who did an act asked (谁督办的): the person written just before the act's verb does it (副主席顾立文督办
    委员唐晓东提出的提案 — 唐晓东 only proposed it), whoever stands nearer the question's other words."""
    act = asked_act(question)
    term = next((t for t in terms if t.text == act), None)
    if term is None:
        return 0.0
    after = re.split(r"[,;:。!?，；：！？、\"“”]", sentence[end:end + _AGENT_GAP + 6], maxsplit=1)[0]
    return 0.5 if any(0 <= after.find(e) <= _AGENT_GAP for e in term.equivalents) else 0.0


def _of_another_body(question: str, role: str, places: Iterable[str] = ()) -> bool:
    """Whether the post a question asks of a body (市教育局局长) is told of another body (市文化局局长).
    A place the question names (``places``) before the body only says whose it is (芷汀界别召集人: the
    界别 of 芷汀's committee, whichever it is)."""
    asked = asked_post(question)
    told = body_of(role, asked.post) if asked else None
    if not told or len(asked.body) < 2:
        return False
    told = told.rsplit("、", 1)[-1]
    body = sector_without_level(without_places(asked.body, places, leading=True))
    # Bodies are written with or without their place (溪河市文化局, 市文化局): one ends the other; or
    # shortened, keeping their characters in order (提案委 of 提案委员会).
    short, full = sorted((told, body), key=len)
    return len(told) >= 2 and not (full.endswith(short) or full[0] == short[0] and in_order(short, full))


def _in_clause_of(name: str, shown: str, words: frozenset[str], quoted: bool = False) -> bool:
    """Whether one of the words stands in a clause naming the person; or, ``quoted``, a quoted title,
    there or in the clause after it (X在会上讲话，强调"…"), what they said or did being told after them."""
    at = shown.find(name) if name else -1
    while at >= 0:
        start, end = clause_bounds(shown, at)
        if quoted and end < len(shown) and shown[end] not in "。!?！？":
            end = clause_bounds(shown, end + 1)[1]
        clause = shown[start:end]
        if any(word in clause for word in words) or (quoted and re.search(r'"[^"]{2,40}"|《[^》]{2,40}》', clause)):
            return True
        at = shown.find(name, at + 1)
    return False


# A body of a place (龙湾区政协, 青峰县人大): what the question asks of it is that body's deed, not the place's.
_PLACE_BODY = r"[市区县州]?(政协|人大|政府|党委|区委|县委|市委)"


def place_told_as_asked(place: str, question: str, text: str) -> bool:
    """Whether the text tells of another place named by the question as the question names it: the
    place's body asked (龙湾区政协组织了几次视察) is told only where the text names that body, not
    where it names the place the document's own committee went to (组织委员赴龙湾区学习考察2次)."""
    if place not in text:
        return False
    body = re.search(re.escape(place) + _PLACE_BODY, question)
    if body is None or not re.search(re.escape(place) + "[市区县州]", text):
        return True  # no body asked, or the text names no such place (县委县政府 names no place 县委)
    return re.search(re.escape(place) + r"[市区县州]?" + body.group(1), text) is not None


# A body doing what a clause tells (市政协, 县政府, 区委, 专门委员会): a clause naming one is its own subject.
_BODY_NAMED = re.compile(r"政协|人大|政府|[党省市县区州镇乡]委(?!员)|委员会")
_PART_END = re.compile(r"[。;；!?]")


def with_subject(shown: str, clause: str) -> str:
    """An amount's clause with the clause naming its doer before it: the clause alone when it names a body
    itself (被市政协采用47篇), else from the last earlier clause of its sentence part that names one
    (峃岭市政协将平台与联络站相结合,全年组织…活动36场: the 峃岭市政协 opening the sentence did it)."""
    at = shown.find(clause)
    if at < 0 or _BODY_NAMED.search(clause):
        return clause
    start = 0
    for end in _PART_END.finditer(shown, 0, at):
        start = end.end()
    while at > start:
        before = clause_bounds(shown, at - 1)[0]  # the clause ending at the delimiter before
        if _BODY_NAMED.search(shown[before:at]):
            return shown[max(before, start):at] + clause
        at = before
    return clause


def role_nouns_asked(q, noun: str, shown: str, lexicon) -> frozenset[str]:
    """The words a sentence must write to tell the role asked (主持人是谁 → 主持人, 主持); none when the
    sentence writes the doer by its shape (提案人是谁 → X提出的"关于…的提案", the proposer)."""
    if doer_of(q.norm, q.terms, shown):
        return frozenset()
    # 督办人是谁: one written doing it after 由 (由副县长孔某领衔督办) is the 督办人; not a 传承人 for 传承 told.
    done_by = len(noun) >= 3 and re.search(rf"由[^,;:。，；：]{{2,16}}?{re.escape(noun[:-1])}", shown)
    return frozenset() if done_by else lexicon.equivalents(noun)


def asked_act(question: str) -> str | None:
    """The act whose doer a who-question asks (谁督办的, 督办领导是哪个 → 督办), if it asks one."""
    asked = _WHO_DID.search(question)
    return next((g for g in asked.groups() if g), None) if asked else None


# A leader asked by the body they lead (县委领导, 市政府领导, 区政协领导): of the people at a meeting, the one
# whose post is of that body (县委副书记, not 县政协副主席 beside him).
_BODY_LEADER = re.compile(r"((?:[省市县区])(?:委|政府|政协|人大(?:常委会)?))(?:的)?(?:领导|负责同志)")


def body_leader_bonus(question: str, role: str) -> float:
    """A bonus for a person whose post is of the body whose leader the question asks (县委领导 → 县委副书记)."""
    asked = _BODY_LEADER.search(question)
    if not asked or not role:
        return 0.0
    body = asked.group(1)
    return 0.5 if any(body in post[:len(body) + 4] and not post.startswith(body + "办") for post in role.split("、")) else 0.0


def role_names_asked(terms, role_words, role: str) -> float:
    """A bonus for a person whose own role names the body a post is asked of (农业和农村委员会的主任是谁 →
    农业和农村委员会主任孟某), over one named beside them with another body's post (经济和科技委员会主任冯某、…)."""
    if not role_words or not role:
        return 0.0
    asked = [t.text for t in terms if len(t.text) >= 2 and t.text not in role_words]
    # The body must be named in the post asked, not in another post of the same person (召集人、市妇联主席
    # holds no 妇联 召集人 post: the 妇联 there is another body's).
    posts = [post for post in role.split("、") if any(word in post for word in role_words)]
    return 0.4 * sum(1 for text in asked if any(text in post for post in posts)) / len(asked) if asked else 0.0


# Who proposed or wrote a proposal, asked (是谁提交的, 哪位委员提的, 提案人是谁).
_ASKS_PROPOSER = re.compile(r"谁(?:提交|提出|提|写|撰写|起草)的|哪(?:位|个|名)[\u4e00-\u9fff]{0,3}?(?:提交|提出|提|写|撰写)的|"
                            r"(?:提案人|提出人|提交人|作者)是谁")
# Handling a proposal, written right after a person's name: they supervised or handled it, not proposed it.
_HANDLED = re.compile(r"(?:委员|同志)?(?:牵头|领衔|负责|分工|亲自)?(?:督办|办理|承办|交办|答复|督查|跟踪)")


def handler_for_proposer(question: str, name: str, sentence: str) -> bool:
    """Whether a proposer is asked and the person answered is told handling it instead (主席周某领衔督办的"…提案")."""
    if not name or not _ASKS_PROPOSER.search(question):
        return False
    return any(_HANDLED.match(sentence, m.end()) for m in re.finditer(re.escape(name), sentence))
