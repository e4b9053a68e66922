"""The words of a question around what it counts: those written together before 多少 / 几 and after its
measure word (界别报送社情民意信息多少篇: the thing counted and what it is said of), and the word narrowing
the thing counted right before 有多少 (新任 in 新任委员有多少名).  Read by checks.py.
"""

from __future__ import annotations

import re

from .question import QuestionAnalysis, Term
from .subjects import GENERIC_QUALIFIERS as _GENERIC_QUALIFIERS, SUBJECT_HEAD as _SUBJECT_HEAD

__all__ = ["counted_phrase", "counted_modifier", "funds_modifier"]

_ASKS_COUNT = re.compile(r"(?:一共|总共|共)?有(?:多少|几)[\u4e00-\u9fff]?$")
# Money set aside for a purpose: the word before it says which money (工作经费, 课题研究经费, 培训经费).
_FUNDS = re.compile(r"经费|资金")
_BEFORE_ASKED = re.compile(r"(?:一共|总共|共|现在|目前)?(?:有|是|了)?(?:多少|几)")


def counted_phrase(q: QuestionAnalysis) -> tuple[list[Term], list[Term]]:
    """The question's words written together before 多少 / 几 and after its measure word: the thing
    counted and what it is said of (界别报送社情民意信息多少篇, 多少个市级重点项目). Read once per question."""
    cached = q.__dict__.get("_counted_phrase")
    if cached is None:
        cached = q.__dict__["_counted_phrase"] = _counted_phrase(q)
    return cached


def _counted_phrase(q: QuestionAnalysis) -> tuple[list[Term], list[Term]]:
    asked = _BEFORE_ASKED.search(q.norm)
    if asked is None:
        return [], []
    found: list[Term] = []
    end = asked.start()
    while end > 0:
        before = next((t for t in q.terms if len(t.text) >= 2 and q.norm.endswith(t.text, 0, end)), None)
        if before is None:
            break
        found.append(before)
        end -= len(before.text)
    measure = re.search(r"(?:多少|几)[^\u4e00-\u9fff]*[\u4e00-\u9fff]?", q.norm[asked.start():])
    start = asked.start() + (measure.end() if measure else 0)
    after: list[Term] = []
    while start < len(q.norm):
        following = next((t for t in q.terms if len(t.text) >= 2 and q.norm.startswith(t.text, start)), None)
        if following is None:
            break
        after.append(following)
        start += len(following.text)
    return found, after


def counted_modifier(q: QuestionAnalysis) -> str | None:
    """The word narrowing the thing counted when it stands right before 有多少 (新任 in 新任委员有多少名), or ends
    the question after 多少 and the measure word (特邀 in 有多少名特邀委员)."""
    match = _ASKS_COUNT.search(q.norm)
    if not match or match.start() == 0:
        return _modifier_after(q)
    end = match.start()
    words = []
    while end > 0 and len(words) < 2:
        before = next((t for t in q.terms if q.norm.endswith(t.text, 0, end)), None)
        if before is None or before.entity:
            break
        words.append(before.text)
        end -= len(before.text)
    # A body or event before it is judged as a subject (a 研究会, 协会 or 学会 is a body as a 委员会 is: 研究会课题有多少项
    # counts the body's own 课题, not a narrower kind of them).
    if len(words) == 2 and words[1] not in _GENERIC_QUALIFIERS and len(words[1]) >= 2 \
            and not _SUBJECT_HEAD.search(words[1]) and not words[1].endswith("会"):
        return words[1]
    return None


# The thing counted ending the question after 多少 / 几 and a measure word (一共有多少家侨资企业).
_COUNTED_AFTER = re.compile(r"(?:多少|几)[个名位家所件项条篇次场人]([\u4e00-\u9fff]{3,8})[?？]?$")


def _modifier_after(q: QuestionAnalysis) -> str | None:
    """The first of the two words the thing counted is written in, when it ends the question after 多少 and its
    measure word (侨资 of 多少家侨资企业, 特邀 of 多少名特邀委员): a sentence counting the head word of another kind
    (台资企业47家, 参训委员27名) does not count it."""
    match = _COUNTED_AFTER.search(q.norm)
    if match is None:
        return None
    words = [t for t in q.terms if t.text in match.group(1)]
    if len(words) != 2 or match.group(1) != words[0].text + words[1].text:
        return None
    first = words[0]
    if first.entity or len(first.text) < 2 or first.text in _GENERIC_QUALIFIERS or _SUBJECT_HEAD.search(first.text) \
            or first.text.endswith("政协"):
        return None  # (政协新闻 is the reporting committee's own news, written 新闻 alone)
    return first.text


def funds_modifier(q: QuestionAnalysis) -> str | None:
    """The word right before the money asked that says which money it is (工作 in 全年总的工作经费是多少): a
    sentence telling money for another purpose (课题研究经费38.6万元) does not tell it."""
    if q.kind != "number":
        return None
    # The last money named is the one asked (专项资金里培训经费安排多少: the 培训 part of the 专项资金).
    funds = list(_FUNDS.finditer(q.norm))[-1:]
    if not funds:
        return None
    before = next((t for t in q.terms if q.norm.endswith(t.text, 0, funds[0].start())), None)
    if before is None or before.entity or len(before.text) < 2 or before.text in _GENERIC_QUALIFIERS:
        return None
    return before.text
