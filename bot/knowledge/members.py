"""Whether a question asks only how many members a committee has (委员多少人, 常委有几名): naming no
committee and no other word, it asks of the committee whose report is read, as if it named it.

Used by the answerer (answer.py) to count such a question as naming the passage's own committee
(现有委员216名 of 县政协), and to prefer the sentence telling the membership. Not for members who
did something (参加视察的委员有多少): those name more.
"""

from __future__ import annotations

import re
from typing import Sequence

from .facts import clause_bounds
from .frames import DocFrame
from .question import QuestionAnalysis
from .vocabulary import in_order

# How a report tells its membership: 现有委员216名, 共有政协委员180人, 委员总数达到…
# The words a membership is told with, searched for beside the member words of such a question.
MEMBERSHIP_WORDS = ("现有", "共有", "现任", "总数")
# (A committee that 有 its members, 9届市政协有委员387名, tells them as well.)
_MEMBERSHIP = re.compile(r"(?:现有|共有|现任|(?<=政协|员会)有)[^,;。]{0,8}?(?:委员|常委)|(?<!占)(?:委员|常委)总数")
# The count after 共有…委员 (共有委员428名), and what may follow it in a sentence telling the membership: the
# clause's end or its parts (其中, 分属); any other words after it tell what those members did (共有委员311名到
# 联络站参加活动, 占委员总数的72.7%): some of the members, not how many there are.
_COUNT_AFTER = re.compile(r"[^,;。\d]{0,4}?\d+(?:名|人|位)")
_MEMBERSHIP_ENDS = re.compile(r"[,;。)]|$|其中|分属|分别|包括|含")
# A report calls its own committee so (本届政协共有委员485名): no place needs naming.
_THIS_BODY = re.compile(r"本届(?:政协|委员会)|本会(?![议上])")
# People of one sex or group (女委员, 男性, 党外人士, 少数民族委员), not 妇女 nor 子女 as a word of its own.
GROUP_OF_PEOPLE = re.compile(r"(?<![妇子儿])(女|男)(?:性)?(?=[\u4e00-\u9fff])|党外|少数民族|无党派")
_MEMBER_WORDS = frozenset({"委员", "政协委员", "常委", "常务委员"})
# The words calling a body by its kind, and how such a body's name ends (专委会 for 经济委员会).
_KIND_WORDS = {"界别": "界别", "委员会": "委员会", "专委会": "委员会", "专门委员会": "委员会"}


def asks_own_members(q: QuestionAnalysis, places: set[str], frames: Sequence[DocFrame] = ()) -> bool:
    """A count question naming no place but a report's own, whose only words are member words, or the reporting body
    named by its kind (咱们界别有多少名委员, 专委会现有委员几名: a sector's or committee's own report)."""
    if q.kind != "number" or not q.terms:
        return False
    if places and not all(any(place in frame.places for frame in frames) for place in places):
        return False  # a place no report is the committee of; a report's own (汀澜市政协委员有多少人) picks that report
    bodies = [frame.body for frame in frames if frame.body]
    levels = {f"{frame.level}政协" for frame in frames if frame.level}  # 市政协有多少名委员 of a 市政协's report
    return any(t.text in _MEMBER_WORDS for t in q.terms) \
        and all(t.text in _MEMBER_WORDS or t.text in levels or names_own_body(t.text, q.norm, bodies) for t in q.terms)


def names_own_body(word: str, question: str, bodies: Sequence[str]) -> bool:
    """Whether a word of a question calls a reporting body by its kind or its name (界别 of 教育界别,
    专委会 or 委员会 of 经济委员会), with 本 or not, or is a piece of its name the question writes in
    full (农业 of 农业和农村界别): the body whose report is read."""
    word = word.removeprefix("本")
    return any(word == body or (word in _KIND_WORDS and body.endswith(_KIND_WORDS[word]))
               or (body in question and word in body) or short_name_asked(word, question, body) for body in bodies)


def short_name_asked(word: str, question: str, body: str) -> bool:
    """Whether ``word`` opens the body's name shortened in the question, as Chinese shortens a name by keeping
    some characters of each of its words in order (科技界别 for 科学技术界别, 农业农村委员会 for 农业和农村委员会):
    the question writes ``word`` and then the body's kind (界别, 委员会), the whole a shorter run of the name's own
    characters, in order, from its first one."""
    kind = next((k for k in _KIND_WORDS.values() if body.endswith(k)), None)
    if kind is None or len(word) < 2 or not body.startswith(word[0]) or f"{word}{kind}" not in question:
        return False
    short = f"{word}{kind}"
    return len(short) < len(body) and in_order(short, body)


# A body the group word names (少数民族和宗教界别, 无党派人士界, 妇女界委员会): the word is that body's, no group counted.
_BODY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:界别|界|委员会|专委会)")


_SHORT_CLAUSE = 10  # characters of a clause that names no subject of its own (平均占比25.1%)


def group_asked(question: str) -> str:
    """The group of people a question counts (女 of 女委员有几名, 党外), or ''; not a word of a body's
    name (少数民族 of 少数民族和宗教界别交了多少件提案: the body asked about)."""
    for group in GROUP_OF_PEOPLE.finditer(question):
        if not _BODY_AFTER.match(question, group.end()):
            return group.group(1) or group.group(0)
    return ""


def group_in_clause(group: str, sentence: str, at: int) -> bool:
    """Whether the group asked (女) is named in the clause of the amount at ``at``, or in the clause before where
    this one goes on with it after a comma: a share (女性13名,占19.1%) or a short clause (…,平均占比25.1%)."""
    a, b = clause_bounds(sentence, at)
    if group in sentence[a:b]:
        return True
    if 0 < a and sentence[a - 1] in ",，" and (b - a <= _SHORT_CLAUSE or sentence.startswith("占", a)):
        return group in sentence[slice(*clause_bounds(sentence, a - 1))]
    return False


def tells_membership(sentence: str) -> bool:
    """Whether a sentence tells how many members there are (现有委员216名), not some who did a thing (共有委员311名
    到联络站参加活动, 占委员总数的72.7%)."""
    for match in _MEMBERSHIP.finditer(sentence):
        count = _COUNT_AFTER.match(sentence, match.end())
        if count is None or _MEMBERSHIP_ENDS.match(sentence, count.end()):
            return True
    return False


def names_this_body(sentence: str, body: str | None = None) -> bool:
    """Whether a sentence names the reporting committee as this one (本届政协, 本会), or, in the report
    of a body of it, that body by its name or starting with its kind (界别现有委员38名 of 教育界别)."""
    if _THIS_BODY.search(sentence) is not None:
        return True
    if not body:
        return False
    return body in sentence or any(sentence.startswith((word, "本" + word)) for word in _KIND_WORDS
                                   if body.endswith(_KIND_WORDS[word]))


# A deed done by the members counted, right before them (平台注册委员405名, 参加活动的委员176名): some of the
# members, not how many there are (general Chinese).
# The deed may follow them too (委员143名纳入积分管理, 委员80人参加培训).
_MEMBERS_WHO_DID = re.compile(r"(?:注册|参加|参与|出席|列席|使用|报名|登录|到会|发言|参会|签到)(?:[^,;。]{0,8}的)?(?:政协)?委员\d+(?:名|人|位)"
                              r"|(?:政协)?委员\d+(?:名|人|位)(?:纳入|参加|参与|出席|列席|注册|报名|参训|接受|到会)")


def members_who_did(clause: str) -> bool:
    """Whether an amount's clause counts the members who did a thing (平台注册委员405名), not all the members."""
    return _MEMBERS_WHO_DID.search(clause) is not None and not tells_membership(clause)



# Members named by their committee's level (区县政协委员, 县(市、区)政协委员, 市政协委员): each level's committee
# has members of its own.  全市 / 全省 before them says where, not which level.
_LEVEL_MEMBERS = re.compile(r"([省市区县乡镇]+)政协委员")
_ALL_OF = re.compile(r"全[省市区县]")


def _levels(text: str) -> set[str]:
    return {level for m in _LEVEL_MEMBERS.finditer(_ALL_OF.sub("", text)) for level in m.group(1)}


def other_level_members(question: str, clause: str) -> bool:
    """Whether the question counts one level's members (全市区县政协委员有多少人) and an amount's clause counts
    another level's only (全市共有356名市政协委员编入…): the city's members living in the counties are not theirs.
    A level shared is the same (县区 asked, 县市区政协委员 told)."""
    asked, told = _levels(question), _levels(clause)
    return bool(asked and told) and not asked & told
