"""Which event or body a question names: its head (协商会, 界别, 调研) and the words written just before it
that say which one (海洋 新兴产业 发展 for 专题协商会), read by checks.py's ``entities_ok`` and ``subject_doubt``."""

from __future__ import annotations

import re

from .normalize import find_all
from .question import QuestionAnalysis

__all__ = ["GENERIC_QUALIFIERS", "SUBJECT_HEAD", "subject_phrases"]

# The head of a named event or body a question is about (海洋新兴产业发展专题协商会, 九届四次会议, 社会法制委员会): the words
# before it say which one, and the answer must be about that one (营商环境界别协商 is no 界别: a deed by 界别).
SUBJECT_HEAD = re.compile(r"专题协商会|协商会|座谈会|交流会|推进会|会议|委员会|培训班|读书班|研修班|学习班|活动|行动|调研|民主监督|视察|展览|论坛|工程|工作室|界别(?!协商|活动|视察|调研)|委")
GENERIC_QUALIFIERS = frozenset({"专题", "专项", "全体", "重点", "全市", "年度", "相关", "有关", "本次", "这次", "那次", "该", "各", "的",
                                 "分管", "联系", "对口", "负责"})  # narrow nothing: 专题协商会 is a 协商会, 分管…委员会 the 委员会
_ASKED_BEFORE = re.compile(r"(?:哪个|哪1个|哪一个|哪|哪些|什么|啥)$")
# Words that end the run of words naming which event or body (general Chinese): a demonstrative (这份界别总结), a
# verb or preposition whose subject or object comes before it (委员每年联系界别群众, 民政局根据养老调研), an exclusion
# (不算调研). What stands before them is no part of the event's name.
_QUALIFIER_STOPS = frozenset({"这份", "这个", "那个", "这项", "那项", "这些", "那些", "此", "根据", "按照", "依据", "通过",
                              "针对", "围绕", "关于", "联系", "分管", "对口", "负责", "不算", "不含", "不包括", "除了", "除"})
_BODY_HEADS = frozenset(("界别", "委员会", "委"))
_INTO = frozenset(("进", "入", "到", "至", "邀请", "参加", "参与", "出席", "推荐", "走访", "慰问"))  # 增补进, 邀请界别委员: its object


def subject_phrases(q: QuestionAnalysis) -> list[tuple[str, list[str]]]:
    """The events and bodies a question names, each as its head and the words
    written just before it that say which one (海洋 新兴产业 发展 for 专题协商会).
    Read once per question (it is asked of every candidate passage)."""
    cached = q.__dict__.get("_subject_phrases")
    if cached is None:
        cached = q.__dict__["_subject_phrases"] = _subject_phrases(q)
    return cached


def _subject_phrases(q: QuestionAnalysis) -> list[tuple[str, list[str]]]:
    found = []
    for term in q.terms:
        head = SUBJECT_HEAD.search(term.text)
        if head and head.end() == len(term.text) and head.start() >= 2 and not term.entity:
            found.append((head.group(), [term.text[:head.start()]]))  # 经济委员会 as one word
    for term in q.terms:
        at = q.norm.find(term.text)
        if len(term.text) >= 3 and term.text.endswith("界") and not term.entity and \
                re.match(r"别|委员|的|召集人|联络", q.norm[at + len(term.text):]):
            found.append(("界别", [term.text[:-1]]))  # 教育界的召集人: a 界别 of its own
    # Every occurrence: 委员 written twice (委员助学金委员捐了多少钱) is 委员 both times, no 委 of a body.
    spans = [(start, t.text) for t in q.terms for start in find_all(q.norm, t.text)]
    for match in SUBJECT_HEAD.finditer(q.norm):
        if any(start <= match.start() and match.end() <= start + len(text) and text != match.group()
               for start, text in spans):
            continue  # inside a longer word (经济委员会, taken above; 委员 is no 委)
        qualifiers, end = [], match.start()
        while end > 0:
            before = next((t for t in q.terms if t.text != match.group() and q.norm.endswith(t.text, 0, end)), None)
            if before is None:
                break
            if before.entity or before.text in _INTO:
                break  # a committee or place: judged by its own check; 增补进界别 / 邀请界别委员: its object
            if before.named and match.group() in _BODY_HEADS:
                qualifiers = []  # "同心共筑中国梦"界别联谊活动, "请你来协商"栏目界别: a title's, no body is named in quotes
                break
            start = end - len(before.text)
            if before.text in _QUALIFIER_STOPS or (start and q.norm[start - 1].isdigit()) or \
                    SUBJECT_HEAD.fullmatch(before.text):
                break  # 这份界别总结, 11月8号视察, 协商会界别委员: a word ending the name, a date, an event of its own
            if before.text not in GENERIC_QUALIFIERS:
                qualifiers.append(before.text)
            end -= len(before.text)
        if qualifiers and not _ASKED_BEFORE.search(q.norm[:end]):
            found.append((match.group(), qualifiers))  # 哪个专委会调研的: the body is what is asked, it narrows nothing
    return found
