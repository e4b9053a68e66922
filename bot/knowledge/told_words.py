"""Off-topic words and year spans read inside the longer phrases a report writes.

An off-topic word (家庭, question.py's private details) may stand inside a phrase the documents use
(家庭农场, 困难家庭): the question then asks of that phrase, not of a person's household.  A phrase
that names a person's details itself (家庭情况, 家庭住址) stays off topic.

A year that opens a span (2016年以来, 自2016年起) asks the figure told for that span, which a report
writes with the same words: that figure is not another year's.

A quoted phrase right before a meeting's name ("城乡融合"专题协商会) is that meeting's theme: it answers
the theme of that meeting asked, not of another one the sentence also tells (对口协商).

A body named bare (在委员会里担任什么职务) is the report's own, whose posts it gives bare (副主任某某牵头).
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["inside_told_phrase", "names_own_body", "span_told", "theme_of_meeting"]

# Words that, after a private word, still ask a person's details (general Chinese).
_DETAILS = re.compile(r"(?:情况|状况|信息|背景|成员|住址|地址|电话|关系|条件|出身)$")
_HAN = re.compile(r"[\u4e00-\u9fff]{2}")
_THEME_BEFORE_MEETING = re.compile(r'"[^"]{2,30}"((?:专题|主题)?(?:协商|座谈|研讨|议政|恳谈|论证|交流)会|'
                                   r'(?:专项)?民主监督|(?:专题|专项)?(?:调研|视察)|(?:界别|对口|远程)协商)')  # "…"专项民主监督小组
# (An association named by its kind alone, 在研究会里, 在协会中, is as bare: the report's own, no other body;
# so is a committee named by its level alone, 在市政协: a committee's report writes its own posts bare, 副秘书长某某.)
_OWN_BODY = re.compile(r"^(?:本|该|这个)?(?:委员会|专委会|委|会|(?:全国|省|市|县|区)?政协|本委|机关|研究会|协会|学会|商会|联谊会|促进会|理事会|联合会|总会|基金会)"
                       r"(?:里|中|内|上|里面)?$")
# A year that opens a span reaching the report's own time; or one that closes what came before it
# (2005年以前建成的工程: built before then, counted now).
_SINCE = r"(?:以来|起|开始|至今)"
_BEFORE = r"(?:以前|之前)"
_SPAN_START = re.compile(rf"((?:19|20)\d\d)年({_SINCE}|{_BEFORE})")


def inside_told_phrase(norm: str, a: int, b: int, contains: Callable[[str], bool]) -> bool:
    """Whether the word at norm[a:b] stands with its two next (or two previous) characters in a
    phrase the documents write, which is not one of a person's details."""
    after, before = norm[b:b + 2], norm[max(0, a - 2):a]
    for phrase, beside in ((norm[a:b + 2], after), (norm[max(0, a - 2):b], before)):
        if len(beside) == 2 and _HAN.fullmatch(beside) and not _DETAILS.search(phrase) and contains(phrase):
            return True
    return False


def span_told(norm: str, sentence: str) -> bool:
    """Whether the question asks from a year on (2016年以来), or of what was before a year (2005年以前建成的),
    and the sentence tells that same span."""
    spans = _SPAN_START.findall(norm)
    return bool(spans) and all(re.search(year + "年" + (_BEFORE if re.fullmatch(_BEFORE, bound) else _SINCE), sentence)
                               for year, bound in spans)


def names_own_body(place: str) -> bool:
    """Whether the body a post is asked in is named bare (委员会里): the report's own."""
    return bool(_OWN_BODY.match(place))


def theme_of_meeting(norm: str, sentence: str) -> bool:
    """Whether the sentence quotes a theme right before the name of a meeting or event the question asks of
    ("减税降费"专项民主监督 for 专项民主监督是什么主题)."""
    return any(m.group(1) in norm for m in _THEME_BEFORE_MEETING.finditer(sentence))


# A plan, list or programme named by its year (2022年农村公路提升计划, 2023年民生实事项目清单): the year names it.
_YEAR_NAMED = re.compile(r"((?:19|20)\d\d年)([\u4e00-\u9fff]{2,12}?(?:计划|方案|规划|清单|名单|目录|要点))")


def year_names_told_thing(norm: str, sentence: str) -> bool:
    """Whether every year the question writes names a plan or list by it (纳入了2022年农村公路提升计划), or a
    year's set (2019年度选题), that the sentence names the same way: the year is the plan's, not the one its
    figure was counted in."""
    years = re.findall(r"(?:19|20)\d\d年", norm)
    named = _YEAR_NAMED.findall(norm)
    # A year's own set (2019年度选题, decided in 2018): 年度 written by the question and the sentence alike.
    yearly = [year for year in re.findall(r"((?:19|20)\d\d年)度", norm) if year + "度" in sentence]
    return bool(named or yearly) and len(named) + len(yearly) == len(years) and all(
        year + name in sentence for year, name in named)

