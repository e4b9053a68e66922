"""Finding facts inside one (normalised) sentence: quantities with their
units, dates, and the clause around a position (people: people.py).

Pure functions on strings; they know nothing about questions or indexes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .patterns import pattern
from .compound_units import COMPOUND_TIMES
from .half_amounts import half_after
from .listed_one import listed_one
from .normalize import chinese_to_number

__all__ = [
    "Quantity", "DateSpan", "find_quantities", "find_dates", "MEASURE_CHARS", "ends_a_count", "ASKS_COUNT_END",
    "CLAUSE_DELIMITERS", "clause_bounds", "ASKS_PART_OF_WHOLE",
]

CLAUSE_DELIMITERS = ",，;；。:：!！?？"
_CLAUSE_END = re.compile(f"[{CLAUSE_DELIMITERS}]")

# General Chinese measure words, longest first where one starts another
# (件次 before 件, 个工作日 before 个); never 年 (a year is no amount).
_UNITS = (
    "个百分点", "百分点", "周年", "大类", COMPOUND_TIMES, "人民币", "万元", "亿元", "个工作日", "工作日", "个月", "小时", "分钟",
    "平方公里", "平方米", "公里", "千米", "千瓦", "公顷", "立方米", "标箱",
    "元", "次", "篇", "份", "件", "个", "支", "位", "名", "人", "户", "条", "项",
    "轮", "类", "家", "期", "批", "场", "倍", "%",
    "亩", "吨", "米", "字", "处", "部", "所", "座", "套", "株", "棵", "幅", "辑", "台", "辆", "列", "间", "册", "本",
    "天", "分", "岁", "块", "张", "只", "艘", "栋", "床", "门", "班", "组", "团", "款", "种",
    "课时", "学时", "例", "盏", "节", "根", "架", "片", "头", "颗", "封", "首", "堂", "笔", "宗", "起", "趟",
    # Hives, boxes and bags of goods grown or sold in them (养蜂2100箱, 种植黑木耳260万袋); not 箱体, 袋子.
    "箱(?![体子])", "袋(?![子装])",
    # Volumes of files and pages of paper (会议档案86卷, 扫描4.2万页), not 卷烟 nor a 页面 of a website.
    "卷(?!烟)", "页(?!面)",
    "眼(?![光界睛前下里神])",  # wells and springs (新打水井19眼), not 眼光, 眼下
    # 1500副老花镜; not the 副 of a deputy's post (副主席, 副书记), which a number never measures.
    "副(?![主书市县区镇乡部局厅秘会院校组队总处科理馆站社食业产中刊本])",
    # Pairs, episodes and tables (结对32对, 短视频24集, 摆宴席260桌); not 1对1 帮扶, nor a verb after a number (5对此).
    "对(?![\\d一此其于象接照比口待外话策标应])", "集(?![体中团聚镇市会])", "桌",
    # Lectures of a course (网络课堂开设5讲); not a verb after a number (3人讲述, 5位委员讲话 take their own measure).
    "讲(?![话述解授座堂师课评究好清明给了过到起出])",
    # Steps of a craft, courses of a meal, lines of defence (12道工序, 3道关); not 道路, 道理.
    "道(?![路理德])",
)
# The measure words of one character (场, 篇, 袋): those a number is counted in.
MEASURE_CHARS = frozenset(u[0] for u in _UNITS if len(u) == 1 or u[1] == "(")
# Measures of an amount (length, area, weight, money, share): an amount in one ends its item, so a count right
# after it (改造管网500公里2项目标: the 2 targets listed) is its own amount, not one merged with it (6大类47项).
_AMOUNT_MEASURES = frozenset({"平方公里", "平方米", "公里", "千米", "千瓦", "公顷", "立方米", "标箱", "亩", "吨", "米",
                              "万元", "亿元", "元", "人民币", "%", "个百分点", "百分点"})
_QTY_RE = re.compile(
    r"(?P<pre>近|(?<![节制签履预合违])约|不[得能应宜可]?超过|超过|超|逾|达|先后|共|累计)?"  # 不(得)超过20件 is at most 20, never 超过20件
    # (节约12%, 签约5家: the 约 of a verb is no "about")
    r"(?P<low>\d+(?:\.\d+)?(?:至|到|-|~))?"  # a range (2至3件, 5-8名) is one amount, shown whole
    r"(?P<num>\d+(?:\.\d+)?)"
    r"(?P<a1>余|多)?(?P<mag>万|亿|千|百)?(?P<a2>余|多)?"
    r"(?P<unit>" + "|".join(_UNITS) + ")"
)
_BARE_MAGNITUDE_RE = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<a1>余|多)?(?P<mag>万|亿)(?=[,，。;；!！?？]|$)")
# An amount told by its magnitude alone (近千人次, 上万名, 逾百家): a figure as much as a digit's.
_ROUND_QTY_RE = re.compile(r"(?P<pre>近|上|逾|超|数)(?P<mag>千|百|万)(?P<a1>余|多)?(?P<unit>" + "|".join(_UNITS) + ")")
_DISPLAY_UNIT = {"人民币": "元"}
# A share told in tenths or as a fraction (近6成, 约3成, 三分之一, 2/3 is no such writing): a rate as much as a
# percentage is (占比多少 is answered by it), read as its percentage; not 成 opening a word (5成员, 3成立).
_SHARE_RE = re.compile(r"(?P<pre>近|约|超过|逾|不到|不足)?(?:(?P<tenths>\d+(?:\.\d+)?)成(?![员立为果熟效本功交绩型])|"
                       r"(?P<whole>[一二三四五六七八九十]|\d+)分之(?P<part>[一二三四五六七八九]|\d+)(?![\d一二三四五六七八九十]))")
# A question asking what part of a whole a thing is (不少于会议总时长的多少, 占几分之几): a share answers it,
# as a fraction (三分之一) or a percentage, not a count.
ASKS_PART_OF_WHOLE = r"几分之几|总[\u4e00-\u9fff]{1,3}的(?:多少|几)[?!。]*$"
_KEEP_PREFIX = {"近", "约", "不超过", "不得超过", "不能超过", "不应超过", "不宜超过", "不可超过", "超过", "超", "逾"}


@dataclass(frozen=True)
class Quantity:
    """A counted amount in a sentence: ``text`` is how to show it (926篇,
    170万元, 6大类47项), ``unit`` its measure word, ``start``/``end`` its
    span in the normalised sentence, ``value`` the number."""

    text: str
    value: float
    unit: str
    start: int
    end: int
    units: tuple[str, ...] = ()  # every unit of a merged amount (6大类47项)


# One is an amount after a floor (至少报送1篇), for each (各确定1名) or a change (比上年增加1项); not once a period, nor right after 每 (每一件提案: every one).
_ONE_IS_AN_AMOUNT = re.compile(r"(?:(?:至少|不少于|不低于|最少|起码)[\u4e00-\u9fff]{0,4}|(?:增加|减少|新增|增长|下降)了?"
                               r"|(?:比|较)(?:上年|去年|上1年)[\u4e00-\u9fff]{0,4}"
                               r"|(?:由|从)(?:上年|去年|上1年|(?:19|20)\d\d年)的?"  # 分值由上年的1分提高到2分: the value before
                               r"|各[^,，;；。:：、]{0,8}|每(?![年月季周天日期届次半两一二三四五六七八九十\d])[^,，;；。:：、]{1,8})$")


# A verb of change right after an amount of time (96分钟缩短至…, 3小时减少到…): the time is an amount.
_CHANGED_AFTER = re.compile(r"缩短|缩减|减少|下降|降低|降至|降到|压缩|提高|提升|增加|增长|延长|上升")


def find_quantities(sentence: str) -> list[Quantity]:
    """Quantities with a unit; ordinals (第5次, 13届5次会议), years, dates and
    versions are not quantities.  Directly adjacent amounts (6大类47项) are
    one quantity."""
    return list(_quantities(sentence))  # the documents' sentences are read again for every question


@lru_cache(maxsize=65536)
def _quantities(sentence: str) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    bare: list[Quantity] = []
    for match in _BARE_MAGNITUDE_RE.finditer(sentence):
        # "关注人数突破5万。": an amount in 万 / 亿 that ends its clause needs no measure word.
        value = float(match.group("num")) * (1e4 if match.group("mag") == "万" else 1e8)
        text = match.group("num") + (match.group("a1") or "") + match.group("mag")
        bare.append(Quantity(text, value, match.group("mag"), match.start("num"), match.end()))
    for match in _QTY_RE.finditer(sentence):
        start, end = match.span()
        num_start = match.start("low") if match.group("low") else match.start("num")
        before = sentence[max(0, num_start - 1):num_start]
        after = sentence[end:end + 2]
        if before in ("第", "届", ".") or before.isdigit() or (match.group("num") == "1" and not match.group("mag") and not (
                match.group("low") or _ONE_IS_AN_AMOUNT.search(sentence, 0, num_start) or listed_one(sentence, match)
                or half_after(sentence, match.group("unit"), end))):  # 1个半月: an amount
            continue  # 第5次; 一个个, 一场: no amounts anyone asks about (至少报送1篇: a floor; 各确定1名: one for each)
        unit = match.group("unit")
        if unit == "次" and after.startswith(("会议", "会", "全会")):
            continue
        if unit in ("小时", "分钟") and "\u4e00" <= after[:1] <= "\u9fff" and after[:1] not in "的以左之内" \
                and not _CHANGED_AFTER.match(sentence, end):  # (由96分钟缩短至72分钟: an amount, changed)
            continue  # 24小时热线, 15分钟生活圈: a name's attribute, no amount of time
        value = float(match.group("num"))
        mag = match.group("mag") or ""
        scale = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}.get(mag, 1)
        pre = match.group("pre") or ""
        text_start = start if pre in _KEEP_PREFIX else num_start
        display = (
            (pre if pre in _KEEP_PREFIX else "")
            + (match.group("low") or "")
            + match.group("num")
            + (match.group("a1") or "")
            + mag
            + (match.group("a2") or "")
            + _DISPLAY_UNIT.get(unit, unit)
        )
        if unit in ("人民币",) and not mag:
            display = match.group("num") + "元"
        half = half_after(sentence, unit, end)
        if half is not None and not mag:  # 会期3天半, 2个半月: the half is the amount's (half_amounts.py)
            shown, unit, end = half
            display, value = display[:-len(match.group("unit"))] + shown, value + 0.5
        quantity = Quantity(display, value * scale, unit, text_start, end, (unit,))
        if found and found[-1].end == text_start and found[-1].unit not in _AMOUNT_MEASURES:
            last = found[-1]
            quantity = Quantity(last.text + display, value * scale, unit, last.start, end, (*last.units, unit))
            found[-1] = quantity
        else:
            found.append(quantity)
    for match in _SHARE_RE.finditer(sentence):
        if sentence[max(0, match.start() - 1):match.start()].isdigit():
            continue
        if match.group("tenths"):
            value = float(match.group("tenths")) * 10
        else:
            whole, part = (float(g) if g.isdigit() else chinese_to_number(g) for g in match.group("whole", "part"))
            if not whole or not part or part >= whole:
                continue
            value = 100 * part / whole
        start = match.start() if match.group("pre") in _KEEP_PREFIX else match.start("tenths") if match.group(
            "tenths") else match.start("whole")
        found.append(Quantity(sentence[start:match.end()], value, "%", start, match.end(), ("%",)))
    for match in _ROUND_QTY_RE.finditer(sentence):
        if sentence[max(0, match.start() - 1):match.start()].isdigit():
            continue
        value = {"千": 1e3, "百": 1e2, "万": 1e4}[match.group("mag")]
        found.append(Quantity(match.group(0), value, match.group("unit"), match.start(), match.end(), (match.group("unit"),)))
    return tuple(sorted(found + bare, key=lambda quantity: quantity.start))


_DATE_RE = re.compile(
    r"(?:\d{4}年|[明今去次当]年)?(?:第[一二三四1-4]季度|[一二三四1-4]季度|[上下]半年)|(?:\d{4}年|[明今去次当]年)[春夏秋冬]季|"
    r"(?:从)?(?P<d1>(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号]|\d{1,2}(?=(?:至|到|-|~)\d{1,2}[日号])|[上中下]旬|底|初|末)?"
    r"|\d{4}年(?:初|底|末)?)"
    # A span of days within its month (1月18日至21日, 3月5-7日) is one date: when it was held is the whole.
    r"(?:(?:至|到|-|~)(?P<d2>(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号]|[上中下]旬|底|初|末)?|\d{4}年(?:初|底|末)?"
    r"|(?<=[\d日号][至到\-~])\d{1,2}[日号](?![\d月])))?"
    r"|农历[\u4e00-\u9fff]{2}年(?:春节)?|(?:[明今去次当]年)?(?:岁末年初|年初|年底|年末|年中)"
)


@dataclass(frozen=True)
class DateSpan:
    text: str
    start: int
    end: int
    full: bool  # has a day


def find_dates(sentence: str) -> list[DateSpan]:
    """Dates and date ranges (2020年5月17日, 1月11日, 2019年11月至2020年7月,
    农历庚子年春节).  A bare year followed by more text (2020东亚…) is kept;
    a year that is part of a number (2020年度) as well."""
    dates = []
    for match in _DATE_RE.finditer(sentence):
        text = match.group(0)
        if text.startswith("从"):
            text = text[1:]
        start = match.start() + (1 if match.group(0).startswith("从") else 0)
        # A bare year right after a digit is part of another number.
        if start > 0 and sentence[start - 1].isdigit():
            continue
        dates.append(DateSpan(text, start, match.end(), bool(re.search(r"[日号]|春节", text))))
    return dates


# 截至2023年12月25日，共收到提案752件: the date a count runs to, not the day anything named beside it happened.
_COUNT_ENDS = re.compile(r"(?:截至|截止(?:到|至|于)?)$")
ASKS_COUNT_END = re.compile(r"截至|截止|到什么时候|到哪天|统计到")


def ends_a_count(sentence: str, date: DateSpan) -> bool:
    """Whether a date is the end of a count (截至…), written just before it."""
    return bool(_COUNT_ENDS.search(sentence[max(0, date.start - 4):date.start]))


# A clause opening with an earlier year's value it compares with (，比2019年的29篇增加7篇; ，由2021年的29条增至52条).
_EARLIER_VALUE = re.compile(r"(?:比|较|由|从)(?:(?:19|20)\d\d年(?:底|末)?|上1?年|去年|上一年|前1年)的?\d|"
                            r"[(（]?(?:(?:19|20)\d\d年|上1?年|去年)(?:同期)?(?:为|是)\d")  # (…采用87条，2022年为64条: a clause of its own  # (or 比上年的412条)


def counted_clause(sentence: str, position: int) -> tuple[int, int]:
    """The clause of an amount at ``position``, taking in the clause before where the amount is an earlier year's
    value compared with (采用36篇，比2019年的29篇增加7篇: 29篇 were 采用 too)."""
    a, b = clause_bounds(sentence, position)
    if a and _EARLIER_VALUE.match(sentence, a):
        a = clause_bounds(sentence, a - 1)[0]
    return a, b


def compared_amount(sentence: str, quantity: Quantity) -> Quantity:
    """The amount an earlier year's value is compared with (编报486条，比上年的412条 → 486条), which names what both
    count; the amount itself when it is no such value."""
    a, _ = clause_bounds(sentence, quantity.start)
    start, _ = counted_clause(sentence, quantity.start)
    before = [x for x in find_quantities(sentence) if start <= x.start < a and x.unit == quantity.unit] if start < a else []
    return before[-1] if before else quantity


@lru_cache(maxsize=1 << 15)  # asked of each amount by a dozen scores, for every passage read closely
def whole_figure(sentence: str, fact: str) -> re.Match | None:
    """Where the amount ``fact`` stands in ``sentence`` as a whole figure (2次, not the end of 12次 or 1.2次)."""
    return pattern(r"(?<![\d.])" + re.escape(fact)).search(sentence)


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """Start and end of the clause (between commas, semicolons, full stops)
    around ``position``."""
    marks = _delimiter_positions(sentence)
    at = bisect_left(marks, position)  # the first delimiter at or after position ends the clause
    return (marks[at - 1] + 1 if at else 0), (marks[at] if at < len(marks) else len(sentence))


@lru_cache(maxsize=1 << 14)  # a read sentence is asked for its clauses by dozens of scores, hundreds of times
def _delimiter_positions(sentence: str) -> tuple[int, ...]:
    """Where the clause delimiters of ``sentence`` stand, in order."""
    return tuple(m.start() for m in _CLAUSE_END.finditer(sentence))
