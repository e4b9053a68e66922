"""Whether an amount answers a question asking 多少个 / 几个: 个 is the general measure
word of a count, but a thing with a measure word of its own (电梯312部, 车辆20辆, 树木3000株)
or an amount of a measure (300亩, 12吨, 5公里) answers it only when the question names
that very thing (加装电梯完成了多少个 → 电梯312部; 老旧小区改造完成了多少个 is not answered
by it).

A question asking 几期 or 多少分 is answered only by an amount in 期 or 分 (``own_measure_fits``): the
issues of a bulletin or rounds of a class, the points of a score, are no other count.

Also the amounts a question asking 第几 or 几类 / 几级 is answered by: ordinals (第三辑) and grades
(Ⅲ类, 2级).

For: the unit check of ``FactReader._fit_number`` (reading.py).  Not for: money, times and
rounds (kept out by the unit classes), nor units a question names itself (多少部, 多少亩).
"""

from __future__ import annotations

import re
from typing import Callable

from .facts import Quantity
from .question import QuestionAnalysis, once_per_question

__all__ = ["own_measure_fits", "units_fit", "counted_by_ge", "ge_counts_asked", "ordinals_of", "grades_of", "years_spent", "GRADE_UNITS"]

_NOT_COUNTED_BY_GE = frozenset({
    # Machines, vehicles, plants, books and sheets: their own measure word in general Chinese.
    "部", "台", "辆", "架", "艘", "株", "棵", "本", "册", "张", "套", "盏", "头", "匹", "卷", "页",
    # Amounts of a measure, no count of things.
    # A text's length (15万字) and a batch (分2批): no count of the things written of or sent in it.
    "字", "批",
    # A span of time (会期3天): 几个 never counts days or hours (几天, 几个小时 ask them in their own words).
    "天", "日", "小时", "分钟", "周",
    "亩", "吨", "公里", "米", "平方米", "平方公里", "立方米", "千瓦", "兆瓦", "千瓦时", "千克", "公斤", "升", "标箱",
})
# Words linking a noun to its amount (电梯共312部, 达到5公里).
_LINKS = "共计达到为了"


def counted_by_ge(q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
    """False when 多少个 is asked and the amount is in a unit of its own whose noun, written
    right before it, the question does not name."""
    if q.unit != "个" or not any(u in _NOT_COUNTED_BY_GE for u in (quantity.units or (quantity.unit,))):
        return True
    before = sentence[:quantity.start].rstrip(_LINKS)
    return any(before.endswith(e) for e in q.term_words())



def ge_counts_asked(q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
    """False when the question counts a thing by a measure word of its own (多少件提案, 几条建议) and the amount is in
    the general 个 counting something else: the noun after it (全县186个村) or, with none, the one before it
    (…的提案推动建成服务站41个) is no asked word. A 提案 counted would be written in 件."""
    if not q.unit or q.unit == "个" or quantity.unit != "个" or q.unit_class not in ("个", "件"):
        return True
    words = [e for e in q.term_words() if not _SCOPE.fullmatch(e)]  # 全县 bounds the count, names no thing
    after = _NOUN_AFTER.match(sentence, quantity.end)
    if after:
        return any(e in after.group() for e in words)
    before = sentence[:quantity.start].rstrip(_LINKS)
    return any(before.endswith(e) for e in words)


# The words after an amount up to the clause's end: the noun it counts, where one follows (12个重点提案).
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}")
_SCOPE = re.compile(r"全[国省市县区镇乡村]")

GRADE_UNITS = ("类", "级", "a级")  # a级: a grade of letters (4A级 景区, AAAA级), folded to lower case
_ROMAN = {"i": 1, "v": 5, "x": 10}
_ROMAN_DISPLAY = ("", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ")


# A meeting of a term named by its ordinals without 第 (10届11次常委会议, 9届3次全会): which meeting it was.
_SESSION = re.compile(r"(?<![\d.])\d{1,2}届(?:\d{1,2}|[一二三四五六七八九十]{1,3})次[\u4e00-\u9fff]{0,6}?(?:会议|全会)")


# A rank without a measure word, after a verb of ranking (位列第三, 排名全省第2, 居第一): what 排第几 asks too.
_BARE_RANK = re.compile(r"(?:位列|位居|排名|排在|名列|并列|[列居排])(?:全[国省市县区])?(第[\d一二三四五六七八九十]+)"
                        r"(?![\d一二三四五六七八九十百零两名位次届期批辑轮个项座所家年])")

# A floor, what 几楼 asks: 二楼, 3楼, 5层, never a count of floors (8层楼) nor a figure of another noun (128楼栋).
_FLOOR = re.compile(r"(?<![\d一二三四五六七八九十百零两.])[\d一二三四五六七八九十]{1,3}(?:楼|层)(?![楼栋房高])")


def ordinals_of(sentence: str, unit: str, meeting: bool = False) -> list[Quantity]:
    """The ordinals of a measure word in a sentence (第三辑, 第12届), as the answer to 第几; a rank
    (位列第3名, 排在第二位) when the question names no measure word (排第几); with ``meeting`` (第几次…会议
    asked) a meeting named by its term's and its own ordinal (10届11次常委会议)."""
    found = []
    for match in re.finditer(rf"第([\d一二三四五六七八九十百零两]+){re.escape(unit) if unit else '(?:名|位)'}", sentence):
        told = unit or match.group(0)[-1]
        found.append(Quantity(match.group(0), 0.0, told, match.start(), match.end(), (told,)))
    for match in _FLOOR.finditer(sentence) if unit == "楼" else ():
        found.append(Quantity(match.group(0), 0.0, unit, match.start(), match.end(), (unit,)))
    for match in _BARE_RANK.finditer(sentence) if not unit else ():
        found.append(Quantity(match.group(1), 0.0, "", match.start(1), match.end(1), ("",)))
    if meeting and unit == "次":
        for match in _SESSION.finditer(sentence):
            if not any(x.start <= match.start() < x.end for x in found):
                found.append(Quantity(match.group(0), 0.0, unit, match.start(), match.end(), (unit,)))
    return found


# A span of years (任教23年, 坚持10余年, 3年来): a figure of at most two digits before 年, not a year's
# short form (20年度), a month (3年5月), a grade (3年级), a decade (80年代), nor the year's end or start.
_YEARS_SPENT = re.compile(r"(?<![\d.第届])(\d{1,2})(余|多)?年(?![\d级度代底初末份月前])")


def years_spent(sentence: str) -> list[Quantity]:
    """Spans of years, what 多少年 / 几年 asks for (年 is no measure word of amounts: a year is no amount)."""
    return [Quantity(m.group(0), float(m.group(1)), "年", m.start(), m.end(), ("年",)) for m in _YEARS_SPENT.finditer(sentence)]


def grades_of(sentence: str, unit: str) -> list[Quantity]:
    """Grades written in Roman numerals (Ⅲ类, folded to iii类 by normalising) or digits before 级:
    what 几类 / 几级 asks for; shown as the document writes them."""
    found = []
    for match in re.finditer(r"(?<![\d.a-z])(?:(\d)a|(a{1,5}))级", sentence) if unit in ("a级", "级") else ():
        value = int(match.group(1)) if match.group(1) else len(match.group(2))  # 几A级, 几级 → 4A级 or AAAA级
        found.append(Quantity(f"{value}A级", float(value), unit, match.start(), match.end(), (unit,)))
    if unit == "a级":
        return found
    pattern = rf"(?<![a-z])([ivx]{{1,4}}){unit}" + (r"|(?<![\d.])(\d{1,2})级" if unit == "级" else "")
    for match in re.finditer(pattern, sentence):
        if match.group(1):
            digits = [_ROMAN[c] for c in match.group(1)]
            value = sum(-d if d < e else d for d, e in zip(digits, digits[1:] + [0]))
            text = (_ROMAN_DISPLAY[value] if 0 < value < len(_ROMAN_DISPLAY) else match.group(1).upper()) + unit
        else:
            value, text = int(match.group(2)), match.group(0)
        bound = re.match(r"及?以[上下]", sentence[match.end():])  # Ⅲ类以上: a floor, part of what the grade says
        text += bound.group(0) if bound else ""
        found.append(Quantity(text, float(value), unit, match.start(), match.end() + (bound.end() if bound else 0), (unit,)))
    return found


# A measure word with a count of its own kind (几期: issues of a bulletin, rounds of a class; 多少分: points of a score),
# which the liberal classes of synonyms.txt would let another count answer (期 is of 件's class, with 篇 and 项): a
# question asking it is answered only by an amount in it (培训班3期, 86.4分), never by 交流心得17篇 or 58个承办单位.
# Not 分钟, 分之, 分别, 分管… (no score), 期间 or 期限 (a time).  A magnitude asked bare (签了多少亿, 多少万元) is
# answered only by an amount written in it (协议投资额38.6亿元), not by 项目19个 nearer the question's words.
_OWN_MEASURE = re.compile(r"(?:多少|几)(?:(期)(?![间限末中初满])|(分)(?![钟之别管成为配布批类组散项解期担])|"
                          r"([万亿])(?=元|的|了|吗|呢|啊|呀|[^\u4e00-\u9fff]|$))")


def units_fit(q: QuestionAnalysis, quantity: Quantity, unit_fits: Callable[[QuestionAnalysis, str], bool]) -> bool:
    """Whether an amount answers the question by its units (``FactReader._compatible``): in the measure word the
    question asks (``own_measure_fits``) and in some unit ``unit_fits`` it.  That depends on the units alone (every
    unit of a merged amount, else its one unit), so it is kept on the question by them: it is asked of every figure of
    every sentence read closely, several times each."""
    units = quantity.units or (quantity.unit,)
    kept = q.__dict__.setdefault("_units_fit", {})
    found = kept.get(units)
    if found is None:
        found = kept[units] = own_measure_fits(q, quantity) and any(unit_fits(q, unit) for unit in units)
    return found and (in_magnitude_asked(q, quantity) or not _magnitude_asked(q))  # (by its text: not kept by units)


def own_measure_fits(q: QuestionAnalysis, quantity: Quantity) -> bool:
    """False when the question asks 几期 / 多少分 and the amount is in no unit starting with that measure word."""
    asked = _OWN_MEASURE.search(q.norm)
    if asked is None:
        return True
    if asked.group(3):
        return True  # a magnitude asked: judged by the amount's text (units_fit), not its units
    measure = asked.group(1) or asked.group(2)
    return any(unit.startswith(measure) for unit in (quantity.units or (quantity.unit,)))


def in_magnitude_asked(q: QuestionAnalysis, quantity: Quantity) -> bool:
    """Whether the question asks a magnitude bare (多少亿) and the amount is written in it (38.6亿元, whose unit is 元:
    the magnitude stands in its text only)."""
    magnitude = _magnitude_asked(q)
    return bool(magnitude) and magnitude in quantity.text


def _magnitude_asked(q: QuestionAnalysis) -> str:
    """The magnitude a question asks bare (多少亿 → 亿), or "" (read once per question: asked of every figure)."""
    return once_per_question(q, "_magnitude_asked", _read_magnitude)


def _read_magnitude(q: QuestionAnalysis) -> str:
    asked = _OWN_MEASURE.search(q.norm)
    return asked.group(3) or "" if asked else ""
