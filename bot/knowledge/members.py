"""Whether a question asks only how many members a committee has (委员多少人, 常委有几名): naming no
committee and no other word, it asks of the committee whose report is read, as if it named it.

Used by the answerer (answer.py) to count such a question as naming the passage's own committee
(现有委员216名 of 县政协), and to prefer the sentence telling the membership. Not for members who
did something (参加视察的委员有多少): those name more.
"""

from __future__ import annotations

import re

from .question import QuestionAnalysis

# How a report tells its membership: 现有委员216名, 共有政协委员180人, 委员总数达到…
# The words a membership is told with, searched for beside the member words of such a question.
MEMBERSHIP_WORDS = ("现有", "共有", "现任", "总数")
_MEMBERSHIP = re.compile(r"(?:现有|共有|现任)[^,;。]{0,8}?(?:委员|常委)|(?:委员|常委)总数")
# A report calls its own committee so (本届政协共有委员485名): no place needs naming.
_THIS_BODY = re.compile(r"本届(?:政协|委员会)|本会(?![议上])")
# People of one sex or group (女委员, 男性, 党外人士, 少数民族委员), not 妇女 nor 子女 as a word of its own.
GROUP_OF_PEOPLE = re.compile(r"(?<![妇子儿])(女|男)(?:性)?(?=[\u4e00-\u9fff])|党外|少数民族|无党派")
_MEMBER_WORDS = frozenset({"委员", "政协委员", "常委", "常务委员"})


def asks_own_members(q: QuestionAnalysis, places: set[str]) -> bool:
    """A count question naming no place whose only words are member words."""
    return q.kind == "number" and not places and bool(q.terms) and all(t.text in _MEMBER_WORDS for t in q.terms)


def group_asked(question: str) -> str:
    """The group of people a question counts (女 of 女委员有几名, 党外), or ''."""
    group = GROUP_OF_PEOPLE.search(question)
    return (group.group(1) or group.group(0)) if group else ""


def tells_membership(sentence: str) -> bool:
    """Whether a sentence tells how many members there are (现有委员216名), not some who did a thing."""
    return _MEMBERSHIP.search(sentence) is not None


def names_this_body(sentence: str) -> bool:
    """Whether a sentence names the reporting committee as this one (本届政协, 本会)."""
    return _THIS_BODY.search(sentence) is not None
