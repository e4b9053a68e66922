"""Declining by reason an answer whose sentence names the person or thing asked about but does not
tell the deed, post or count asked of them:

- what else someone holds or does (还兼任什么职务, 还分管哪些): the clause naming that person must tell
  more than one (还, 兼, 同时 …); another person's 并 elsewhere in a long sentence tells nothing of them;
- the kind of deed asked by its noun (对提案作了啥批示, 作了什么指示, 批示原话是什么): the sentence must
  speak of that deed (批示), not only name the person beside another deed (出席并讲话, 采纳);
- a count of what a named person did (陈某委员提了几件提案, 王某副市长去了几次): the sentence must name
  that person (or refer to them, 他 / 她); a total of everyone's (委员个人提案19件) is no one's own;
- a count over a span asked (闭会期间提交的提案立案了多少件, 疫情期间捐了多少): the sentence, its heading or
  the opening of its paragraph must speak of that span (闭会, or …期间), not only the year's total.

General Chinese only; used by the checks (checks.py, ``Checks.doubt``).
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .facts import clause_bounds
from .normalize import find_all
from .question import KIND_NUMBER, KIND_WHAT, QuestionAnalysis
from .touched import ANAPHOR

__all__ = ["deed_doubt"]

# What else someone holds or does (还有几件是…: how many remain at a stage, a count, not what else).
ASKS_BEYOND = re.compile(r"还(?:分管|负责|联系|担任|兼任|兼|管|做|参加|有(?!几|多少)|获得|得过)[^,?？]{0,8}(?:哪些|什么|哪几|哪个|几)")
# Which others are asked, some set aside (除了甲镇,还有哪个工作室; 甲镇之外还有哪些): not what else one holds.
_OTHERS_ASKED = re.compile(r"(?:除|之外|以外)[^?？]*还有哪")
_TELLS_MORE = re.compile(r"还|兼|同时|并|以及|另外")
# The deed asked by its noun right after the question word (作了啥批示, 做过什么样的指示, 讲了什么要求; not 提了什么建议,
# which a quoted title told answers, whatever the verb: 建言"推进…") …
_DEED_AFTER = re.compile(r"(?:作|做|下|写|发表|讲)(?:了|过|出)?(?:什么样的?|怎样的?|什么|啥|哪些)([\u4e00-\u9fff]{2})")
# … or before what of it is asked (批示原话是什么, 讲话的内容是啥).
_DEED_BEFORE = re.compile(r"([\u4e00-\u9fff]{2})的?(?:原话|原文|具体内容|内容|全文)(?:是|说了|说的|讲了|讲的)?(?:什么|啥|哪些)")
# Nouns that name no particular deed (做了哪些工作, 作了什么贡献): any sentence of deeds tells them.
_GENERIC_DEEDS = frozenset({"工作", "事情", "贡献", "努力", "准备", "安排", "部署", "事项", "改进", "调整", "变化", "内容", "东西", "主题", "题目", "议题", "课题"})
# A span a count is asked over, opening the question as one two-character word (闭会期间, 疫情期间; not the
# session named by its number, 十届二次会议期间, nor a longer deed's time, 视察督办期间): its word.
_SPAN = re.compile(r"^([\u4e00-\u9fff]{2})期间[^?？]*(?:多少|几)")
_RECESS = frozenset({"闭会", "休会"})
# A count asked (几件, 多少次).
_ASKS_COUNT = re.compile(r"多少|几")


def deed_doubt(q: QuestionAnalysis, kind: str, shown: str, equivalents: Callable[[str], Iterable[str]],
               used: Callable[[str], bool], paragraph: str = "", heading: str = "") -> float:
    """How much less to trust an answer whose sentence does not tell the deed, further post or count asked
    of the person or thing named (``equivalents`` of a word, ``used``: whether the documents use a word;
    ``paragraph`` and ``heading``: the answer's)."""
    if beyond_untold(q, shown):
        return 0.4  # 冯某还兼任什么职务: his clause tells one post; 并 is another person's
    if kind == KIND_WHAT and deed_untold(q.norm, shown, equivalents, used):
        return 0.4  # 对提案作了啥批示: the sentence tells he attended a meeting, no 批示
    if kind == KIND_NUMBER and _ASKS_COUNT.search(q.norm) and q.names and not any(
            name in shown for name in q.names) and not ANAPHOR.search(shown):  # (这位教授提交的提案推动…: it is his)
        return 0.4  # 陈某委员提了几件提案: 委员个人提案19件 counts everyone's
    if kind == KIND_NUMBER and span_untold(q.norm, "\n".join((shown, heading, paragraph.split("。", 1)[0])), equivalents):
        return 0.4  # 闭会期间提案立案了多少件: 全年共审查立案512件 counts the whole year's
    return 1.0


def beyond_untold(q: QuestionAnalysis, shown: str) -> bool:
    """Whether what else someone holds or does is asked, and neither the sentence (a person named in the
    question: the clauses naming them) tells more than one."""
    beyond = ASKS_BEYOND.search(q.norm)
    if not beyond or _OTHERS_ASKED.search(q.norm[:beyond.end()]):
        return False  # (除了A,还有哪个工作室…: which others, read by excluded_told.py)
    named = [name for name in q.names if name in shown]
    if not named:
        return not _TELLS_MORE.search(shown)
    clauses = [_own_part(shown, clause_bounds(shown, at), at + len(name)) for name in named for at in find_all(shown, name)]
    return not any(_TELLS_MORE.search(clause) for clause in clauses)


def _own_part(shown: str, bounds: tuple[int, int], end: int) -> str:
    """The part of a clause telling of the person whose name ends at ``end``: up to the name, and on to the next
    item of a list (市民政局局长某某、市卫健委以及区政府有关负责同志参加: 以及 joins other guests, no post of his)."""
    start, stop = bounds
    after = shown[end:stop]
    return shown[start:end] + re.split(r"[、,，;；]", after, maxsplit=1)[0]


def deed_untold(question: str, shown: str, equivalents: Callable[[str], Iterable[str]], used: Callable[[str], bool]) -> bool:
    """Whether the question asks a deed by its noun (批示, 建议, 指示) that the documents use and the
    sentence does not speak of."""
    for pattern in (_DEED_AFTER, _DEED_BEFORE):
        for m in pattern.finditer(question):
            noun = m.group(1)
            if noun in _GENERIC_DEEDS or not used(noun):
                continue
            if not any(e in shown for e in equivalents(noun)):
                return True
    return False


def span_untold(question: str, where: str, equivalents: Callable[[str], Iterable[str]]) -> bool:
    """Whether a count over a span is asked (闭会期间…多少) and ``where`` does not speak of that span: its word
    (闭会) or a synonym; a session's span (大会期间) may be written as its meeting's (十届三次会议期间), the
    recess (闭会, 休会) only as itself."""
    span = _SPAN.search(question)
    if not span:
        return False
    word = span.group(1)
    if any(e in where for e in equivalents(word)):
        return False
    return not (word.endswith("会") and word not in _RECESS and re.search(r"会议?期间", where))
