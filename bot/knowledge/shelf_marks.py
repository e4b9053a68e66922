"""On a shelf of several reports, the marks a question gives of the one report it is about: a session (十届二次会议), an
amount given rather than asked (不满意的7件, 18件重点提案里), a named place, park or river (高新区, 松岑河, 新材料产业园), a
named county, city or village (栗岗县, 岑州市, 石门村).

Read alone, a report answers such a question from a sentence that does not repeat the mark: its members ask of their
own report.  With several reports loaded, a report that never writes the mark anywhere is about another committee's
session, another batch of proposals, another district or river: its sentence (园区规模以上工业增加值 for 高新区…, 不满意的
4件提案 for 不满意的7件, 河道治理工程总投资 for 松岑河治理) tells a neighbour of what is asked, never the thing itself.  Only
marks some report of the shelf writes count: a mark none writes (a slip, a place no report tells of) picks no report.

For: each_alone.py, which leaves such a report's answer untold.  General Chinese only.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .town_names import NOT_IN_A_TOWN_NAME
from .heads import session_told
from .region_scope import COMMON_PLACE_WORDS

__all__ = ["asked_marks", "lacks_marks"]

# A session of a committee's plenary, as normalised (十届二次会议 → 10届2次).
_SESSION = re.compile(r"\d+届\d+次")
# An amount the question gives (那7件, 18件重点提案): a number and a measure word; not an ordinal (第1场), one asked
# (哪1件), a rank (前3名: the top three), a session (届2次), a decimal or a part of a longer number; nor one alone (另1条, 1个月, 1家亲 as normalised:
# 一 is a word's part as often as a number), nor persons counted by 位 (姓林的有2位: how a question counts, not a report).
_GIVEN = re.compile(r"(?<![\d.届第哪前])(?!1(?!\d))(\d+)([件个名篇项条场家所部套])(?![\d])")
_BOUND_BEFORE = re.compile(r"(?:超过?|过|达到?|到|于|近|约|不足|不到|不少于|不低于|至少|最多)$")
_BOUND_AFTER = re.compile(r"以上|以下|以内|左右|多|余|之内")
# A named place, zone, park or waterway: the two characters of its name, as most are written, before what names one
# (高新区, 松岑河, 临港新区, 材料产业园 of 新材料产业园); not a word of another kind (小区, 社区, 城区: region_scope.py).
_NOT_IN_A_NAME = NOT_IN_A_TOWN_NAME | set("0123456789")
# 新区 is a named zone's kind (临港新区) and ends one's abbreviation (高新区): a place all the same.
_GENERIC = COMMON_PLACE_WORDS - {"新区"}
_PLACE = re.compile(r"(?=([\u4e00-\u9fff]{2})(新区|开发区|产业园|工业园|园区|区|河|湖|江|湾))")
# 区 before a body of its own (区政协, 区委, 区领导) is that body's level, not a place's end: a place named before it is
# the committee asked (question_places, frames.py), and a word there (2022年是区政协, 信息获区领导批示) names none.
_BODY_AFTER = re.compile(r"政协|委|政府|人大|领导|长")


# A word this common in general Chinese (建设, 经济, 工业) names no place, park or river of its own.
_EVERYDAY_WORD = 10000

# A county, city or village named (栗岗县, 岑州市, 石门村, 沙家营村): a name of two or three characters opening the
# question or after a word that leads to a place (去, 在, 和, 被, 2018年…), then 县, 市 or 村.  Inside a longer word the
# three characters are a word's end and a level (信息被市政协采用, 农业农村局, 发展农村电商), no place: so the boundary.
_DIVISION = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[在去到赴和跟与同及、向对给从被为年月届]))(?=([\u4e00-\u9fff]{2,3}?)(县|市|村))")
# What makes the level a word of its own (县长, 市场, 县级, 县里, 县城, 村落, 村民) or a body's level (县政协, 市委: a
# committee named so is the question's place, read in frames.question_places), not a place's end; 委员 after it are
# the place's members (蒿坪县委员).
_NOT_A_DIVISION_AFTER = re.compile(r"[长场级里城域落庄民镇乡医干财融]|政协|委(?!员)|政府|人大|领导")
# A kind of place general Chinese names (帮扶村, 薄弱村, 示范县, 体育强市), not one place; nor the countryside (农村, 乡村)
# nor going there (快递进村, 驻村).
_PLACE_KINDS = {"进村", "驻村", "到村", "入村", "整村", "强村", "强市", "强县", "农村", "乡村", "山村", "渔村",
                "贫困", "帮扶", "薄弱", "示范", "结对", "行政", "自然", "重点", "试点", "聚居", "特色", "美丽", "定点",
                "传统", "空心", "文明", "先进", "中心"}
_NOT_IN_A_DIVISION_NAME = _NOT_IN_A_NAME | set("年月日届在去到赴跟与同及向对给从被为")


def _divisions(question: str, word_frequency: Callable[[str], int] | None) -> list[str]:
    """The counties, cities and villages the normalised ``question`` names (see ``_DIVISION``)."""
    found = []
    for match in _DIVISION.finditer(question):
        name, kind = match.groups()
        if _NOT_A_DIVISION_AFTER.match(question, match.end(2)) or set(name) & _NOT_IN_A_DIVISION_NAME:
            continue
        if name[-1] + kind in _GENERIC | _PLACE_KINDS or name[-2:] in _PLACE_KINDS:
            continue
        if word_frequency is not None and word_frequency(name) >= _EVERYDAY_WORD:
            continue
        found.append(name + kind)
    return found


def asked_marks(question: str, written: Callable[[str], bool], word_frequency: Callable[[str], int] | None = None) -> list[str]:
    """The sessions, given amounts and named places the normalised ``question`` gives that some report of the shelf
    writes (``written``).  With ``word_frequency`` (a general dictionary's), a "name" that is an everyday word
    (建设区财政: 建设 is no place; 建设区 is written only inside 建设区域) is no place."""
    marks = _SESSION.findall(question)
    for given in _GIVEN.finditer(question):
        # A bound or a threshold (超过500件, 2名以上) compares with the amount, not names a group the report tells of.
        if not _BOUND_BEFORE.search(question[:given.start()]) and not _BOUND_AFTER.match(question, given.end()):
            marks.append(given.group(0))
    for found in _PLACE.finditer(question):
        name, kind = found.groups()
        if kind == "区" and _BODY_AFTER.match(question, found.end(2)):
            continue
        if not set(name) & _NOT_IN_A_NAME and name[-1] + kind not in _GENERIC \
                and not (word_frequency is not None and word_frequency(name) >= _EVERYDAY_WORD):
            marks.append(name + kind)
    marks.extend(_divisions(question, word_frequency))
    marks = [mark for mark in dict.fromkeys(marks) if written(mark)]
    return [mark for mark in marks if not any(mark != other and mark in other for other in marks)]  # 港新区 of 临港新区


def lacks_marks(marks: Sequence[str], report_text: str) -> bool:
    """Whether a report (its whole normalised text) never writes one of the ``marks`` its answer would be about.
    A session asked short (9届4次) is written by a report naming it in full too (政协某县第9届委员会第4次会议)."""
    return any(mark not in report_text and not (_SESSION.fullmatch(mark) and session_told(mark, report_text))
               for mark in marks)
