"""Which year a figure is of, and whether it is a value or a change: the shapes general Chinese
writes them in.

- A change told from → to (由上年的86.0%提高到93.5%) has a value before (the previous year's) and a
  value reached; a comparison (共收到752件，比上年的698件增长7.7%) gives the previous year's value after
  比上年的; a difference (比上年多完成97部, 提高2.1个百分点) is no value, only the change.
- A year written before a figure (2020年为181件) or in its clause (计划2017年再改造80个) dates it.

Used by ``FigureChoice`` (figures.py) and by the checks that ask whether a question wants a change.
"""

from __future__ import annotations

import re

from .compared_baseline import ASKS_AGAINST_PREVIOUS as _COMPARED, against_another_baseline, against_other_than_asked
from .facts import Quantity, clause_bounds, find_quantities
from .question import QuestionAnalysis

# The part of a year a figure may be of, written right after the year (2023年底的94.2%, 2023年全年为89.4%).
YEAR_PART = r"(?:底|末|初|全年|上半年|下半年)?"
# A year dating the figure written after it (2020年为181件, 2022年的38件).
_DATED = re.compile(r"(?:19|20)\d\d年" + YEAR_PART + r"(?:(?:这一|这个|该)(?:数字|数据)(?:还|仅|只|则|也|才)*)?(?:的|为|是)?$")  # 而2023年这一数字是…
# A year dating what its clause tells (计划2017年再改造80个), not one a span starts from (2014年以来).
_CLAUSE_YEAR = re.compile(r"((?:19|20)\d\d)年(?!以来|起|开始|至今|以前|之前|以后|之后|\d)")
_DATED_FIGURE = re.compile(r"((?:19|20)\d\d)年" + YEAR_PART + r"(?:的|为|是)?(?=\d)")
# The previous year named relative to the document's own (上年, 去年, 上1年 after normalising).
PREVIOUS_YEAR = re.compile(r"上年|去年|上1年|上一年|前1年")
_CHANGE_VERBS = r"(?:提高|提升|增加|增长|减少|下降|降低|上升|压缩|缩短|扩大|缩小)"
# 由上年的86.0% / 从45个工作日 / 由2017年的61%: the figure a change starts from.
# 由原来的96个 (调整为88个): the value there was before the change.
_FROM_BEFORE = re.compile(r"(?:由|从)(?:(?:19|20)\d\d年|上年|去年|上1年|原来|原先|过去|[\u4e00-\u9fff]{0,3}[初末底])?的?$")  # 由本届初的
# 提高到93.5% / 压缩至15个 / 提到了3分: the figure a change reaches.
# 调整为88个 / 压缩为5天: a verb of change and 为 reach a value as 到 does.
_CHANGED_TO = r"(?:调整|变|改|减|增|降|升|提高|压缩|缩减|缩短|扩大|增加|减少)为"
TO_BEFORE = re.compile(r"(?:到了|到|至|" + _CHANGED_TO + r")(?:(?:19|20)\d\d年|今年|本年|目前|现在|年底|年末)?的?$")
# 比上年的698件 (then 增长7.7%): the previous year's value, the base of a comparison; so is one
# told apart for the year before (开展对口协商2次(上年为3次)).
_BASE_BEFORE = re.compile(r"(?:比|较|同)(?:上年|去年|上1年|上1?届(?:[(（][^)）]{1,8}[)）])?|第?\d+届)(?:同期)?的$|"  # 比上届(第十届)的19名, 比第10届的
                          # 比2023年同类调查的80.5%: a year's value, the base of the comparison
                          r"(?:比|较)(?:19|20)\d\d年" + YEAR_PART + r"[\u4e00-\u9fff]{0,16}?的$|"
                          r"(?:^|[(（])(?:上年|去年|上1年)(?:同期)?(?:为|是)$|"  # 对口协商2次(上年为3次)
                          r"[(（](?:上年|上1年)(?:同期)?[\u4e00-\u9fff]{1,6}?$|"  # 立案241件(上年立案226件)
                          # A clause of the year before's own (；上年参与调解326件): its first figure is that year's.
                          r"^(?:上年|去年|上1年)(?:同期)?(?!以来|起|至今|底|末|初)[\u4e00-\u9fff]{1,8}$")
# 比上年多完成97部, 比上年增加19件, 比上年新增96家, 比上年前进4位, 比2023年多出7场次, 提高2.1个百分点: a difference, no value of either year.
# Against any baseline, 多出 / 高出 / 多 / 少 right before the figure (比上届年均水平多出80余件); not 比例 / 比重, nor 较多.
_DIFFERENCE_BEFORE = re.compile(r"(?:(?:比|较)(?:上年|去年|上1年|(?:19|20)\d\d年)(?:同期)?[\u4e00-\u9fff]{0,2}(?:多|少|增|减|进|退)[\u4e00-\u9fff]{0,2}|"
                                r"(?<![同环对相占])(?:比|较)(?![例重率较赛])[\u4e00-\u9fff]{1,10}?(?:多出|高出|多|少)|"
                                + _CHANGE_VERBS + r")了?$")
# A sentence telling a change at all: a comparison with the year before, or a verb of change.
TELLS_CHANGE = re.compile(r"(?:比|较)(?:上年|去年|上1年|(?:19|20)\d\d年)|同比|" + _CHANGE_VERBS)
# The question asks how much something changed (增加了多少, 比上年多几件), not its value.
_ASKS_CHANGE = re.compile(r"(?:" + _CHANGE_VERBS + r"|降|升|涨|跌|增|减)了?(?:百分之)?(?:多少|几)|(?:多|少)(?:了|完成)?(?:多少|几)|比上年|比去年|同比|变化|幅度")
# Before a change was made (改革前, 改造之前): the value it started from is asked.
_BEFORE_CHANGE = r"(?:改革|改造|调整|整治|改建|实施|推行|试点)之?前"


def names_previous_year(text: str) -> bool:
    """Whether a text names the year before its document's own (上年, 去年)."""
    return bool(PREVIOUS_YEAR.search(text))


def previous_asked(q: QuestionAnalysis, years: list[int], own_year: int | None) -> bool:
    """Whether the question asks the value before the document's year: that year named, the
    document's own word for it (上年, 上一年), or the value there was before (原来, 以前)."""
    if own_year is not None and own_year - 1 in years and own_year not in years:
        return True
    # 比上年提高了几个百分点 compares with the year before: how much it changed is asked, not that year's value.
    asked = _COMPARED.sub("", q.norm) if asks_change(q) else q.norm
    return bool(re.search(r"上1?年|(?<![比较])上1?届|原来|原先|以前|之前|过去|" + _BEFORE_CHANGE, asked)) and own_year not in q.years


def earlier_value(sentence: str, quantity: Quantity) -> bool:
    """Whether the figure is the one a change starts from (由上年的86.0%提高到…) or the base of
    a comparison (比上年的698件增长7.7%)."""
    a, b = clause_bounds(sentence, quantity.start)
    lead = sentence[a:quantity.start]
    return bool(_BASE_BEFORE.search(lead) or (_FROM_BEFORE.search(lead) and re.search(
        r"(?:到|至|" + _CHANGED_TO + ")", sentence[quantity.end:b])))


def asks_change(q: QuestionAnalysis) -> bool:
    """Whether the question asks how much something changed (比上年多了多少), not what it reached."""
    return bool(_ASKS_CHANGE.search(q.norm)) and not re.search(r"(?:到|至)了?(?:多少|几)", q.norm)


def is_difference(sentence: str, quantity: Quantity) -> bool:
    """Whether the figure is a difference (比上年多完成97部, 提高2.1个百分点), no value of a year."""
    a, _ = clause_bounds(sentence, quantity.start)
    return bool(_DIFFERENCE_BEFORE.search(sentence[a:quantity.start]) or quantity.unit.endswith("百分点"))


def same_measure(sentence: str, difference: Quantity, quantity: Quantity) -> bool:
    """Whether a difference measures what the figure does: the same unit, or percentage
    points (提高2.1个百分点) against a rate (达到96.5%)."""
    if difference.unit == quantity.unit:
        return True
    return quantity.unit == "%" and difference.unit.endswith("百分点")


def dated_elsewhere(sentence: str, quantity: Quantity, years: list[int]) -> bool:
    """Whether another figure of the sentence is dated by a year the question asks (比上年增加37件
    (2020年为181件)) while this one is dated by none: this one is of another year."""
    if not years or _DATED.search(sentence[:quantity.start]):
        return False
    starts = {x.start for x in find_quantities(sentence)}  # 2020年为181件, not the date 2023年2月
    return any(int(m.group(1)) in years and m.end() in starts for m in _DATED_FIGURE.finditer(sentence))


def clause_year_score(sentence: str, quantity: Quantity, years: list[int], own_year: int | None = None) -> float:
    """A year asked and a year written in the figure's clause before it, apart from the words next to
    it (2016年已完成改造63个，计划2017年再改造80个): the asked year's figure gains, another year's loses.
    With the document's year known, a figure told plainly in a statement naming no year is of that year
    (编发112期，刊发信息336条；2022年编发94期、刊发信息271条: 336条 is the report's year's, 271条 2022's)."""
    if not years or _DATED.search(sentence[:quantity.start]):
        return 0.0  # 2022年的38件: dated right before it (reading.py)
    named = _clause_year(sentence, quantity.start, own_year)
    if named is not None and named in years:
        return 0.2 if _years_apart(sentence, quantity, own_year) else 0.0
    return -0.2 if another_years_figure(sentence, quantity, years, own_year) else 0.0


def _like_figures(sentence: str, quantity: Quantity) -> list[Quantity]:
    """The sentence's figures in the unit of this one (个 beside 个, not 场 beside a rate)."""
    return [x for x in find_quantities(sentence) if x.unit == quantity.unit]


def _years_apart(sentence: str, quantity: Quantity, own_year: int | None = None) -> bool:
    """Whether the sentence's figures of this one's unit are told of two years or more, each in its
    clause; one year for them all (2024年计划32个，实际完成35个) tells them apart by none."""
    return len({_clause_year(sentence, x.start, own_year) for x in _like_figures(sentence, quantity)} - {None}) >= 2


def another_years_figure(sentence: str, quantity: Quantity, years: list[int], own_year: int | None = None) -> bool:
    """Whether, in a sentence telling figures of one unit of several years, another figure's clause
    names the year asked while this one's does not (217个纳入三年计划，2016年已完成63个，计划2017年再
    改造80个: of 2017 only the 80个 tells)."""
    if not years or _clause_year(sentence, quantity.start, own_year) in years \
            or not _years_apart(sentence, quantity, own_year):
        return False
    return any(_clause_year(sentence, x.start, own_year) in years for x in _like_figures(sentence, quantity)
               if x.start != quantity.start)


# Words dating a statement otherwise than by the report's own year: another year (上年, 2022年), a plan, a span.
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
_OTHER_TIME = re.compile(r"(?:19|20)\d\d年|上1?年|去年|前1?年|上一年|今年|明年|当年|同期|以来|累计|计划|力争|拟|将|比|较|由|从")


# A year opening a statement, as its own clause (2025年，… / 到2026年，… / 到2025年底，… / 截至2023年底，…).
_STATEMENT_YEAR = re.compile(r"(?:截至|截止到?|到|至|在)?((?:19|20)\d\d)年" + YEAR_PART + r"(?:前)?[,，]")


def _clause_year(sentence: str, start: int, own_year: int | None = None) -> int | None:
    """The last year written in the clause of the figure at ``start``, before it; with ``own_year`` given,
    that year for a figure whose statement (the sentence up to it, from its last semicolon) names no
    time of its own (全年编发112期，刊发信息336条；2022年…: 336条 is the report's year's)."""
    a, _ = clause_bounds(sentence, start)
    named = _CLAUSE_YEAR.findall(sentence[a:start])
    if named:
        return int(named[-1])
    statement = sentence[max(sentence.rfind(";", 0, start), sentence.rfind("；", 0, start)) + 1:start]
    # A year opening the statement dates its figures (…达到60%；到2026年，每千人口托位数达到4.5个，占比达到65%: the 65% is 2026's).
    opening = _STATEMENT_YEAR.match(statement)
    if opening:
        return int(opening.group(1))
    if own_year is None:
        return None
    # A bracket dates only the figure inside it (获省级领导批示4件次（2022年为1件次），获市领导批示49件次: 49件次 is the report's year's).
    return None if _OTHER_TIME.search(_BRACKETED.sub("", statement)) else own_year


def told_with(sentence: str, quantity: Quantity) -> str:
    """The figure's clause, with the one before when it continues it (…满意率为96.4%，比上年提高1.5个百分点)."""
    a, b = clause_bounds(sentence, quantity.start)
    if a > 0 and re.match(r"(?:比|较|同比|占)", sentence[a:]):
        a = clause_bounds(sentence, a - 1)[0]
    return sentence[a:b]


def changed_since_elsewhere(q: QuestionAnalysis, sentence: str, quantity: Quantity, own_year: int | None,
                             session: tuple[int, int] | None) -> bool:
    """Asked the change against the year before in so many words, a difference against another baseline;
    asked it against another baseline (比上届年均水平多多少), a difference against any other one."""
    if not asks_change(q) or not is_difference(sentence, quantity):
        return False
    if _COMPARED.search(q.norm):
        return against_another_baseline(sentence, quantity.start, own_year, session)  # compared_baseline.py
    return against_other_than_asked(q.norm, sentence, quantity.start, own_year, session)
