"""The class of amount a question's measure noun asks for (容量 → 吨, 面积 → 平方米, 几点开始 → an hour),
or an ordinal asked (第几届): read after the question's kind and unit (question.py), so that an amount of
another class (14名 for 几点开始, 41座 for 发电多少) does not answer.  General Chinese only."""

from __future__ import annotations

import re

__all__ = ["measure_asked", "measure_named"]

# 干流有多长, 绿道多长: the length of a line on the ground, told in 公里 (not 多长时间, a duration).
_LENGTH = re.compile(r"长度|里程|全长|距离|多远|(?:河|江|干流|支流|道路|公路|绿道|管网|管道|岸线|堤|隧道|铁路|路|渠)[\u4e00-\u9fff]{0,3}?多长(?!时间)")
# What a measure noun asks for, by its units' class (synonyms.txt [units]): 冷库容量有多大 wants 吨
# or 立方米, never 元; 每期几天 wants 天, never 名; 聘期几年 a span (not 近几年, 几年级, 任期内), never 28名.
_MEASURE_CLASSES = (
    # (发电多少, 总装机多少: energy or power, told in 千瓦时 or 千瓦, never the 41座 of stations counted.)
    (re.compile(r"容量|库容|储量|吞吐量|吞吐能力|产量|重量|运量|载重|发电|装机"), "量"),
    # 多大的用房, 场地有多大: the size of a room or a site is its area.
    (re.compile(r"面积|占地|多大的?[\u4e00-\u9fff]{0,4}?(?:房|屋|场地|场所|空间|用地|地块)|"
                r"(?:用房|房屋|房子|场地|场所|空间|用地|地块|厂房)[\u4e00-\u9fff]{0,3}?多大"), "面积"),
    (_LENGTH, "长度"),
    # 平均年龄多大, 年纪多大: an age, told in 岁 (平均年龄46.3岁), never 3860元.
    (re.compile(r"年龄|年纪|岁数"), "年龄"),
    # 几点开始, 几点钟召开: an hour of the day (上午9时), never a count (14名); 几点建议 counts points.
    (re.compile(r"几点(?:钟|开始|开|举行|召开|结束|出发|集合|报到|到|见|碰头|截止)"), "时刻"),
    # 印了多少, 印数多少: copies printed, told in 册 or 本 (印数2500册), never the 320张 of photos the book holds.
    (re.compile(r"印数|印量|(?<![编打复影翻刊])印(?:刷|制)?了?(?:多少|几)(?![\u4e00-\u9fff]{0,2}[期次张篇份])"), "册"),
    (re.compile(r"多长时间|多久|时长|工期|周期|(?:聘期|任期|期限|年限)(?![内中里以])|(?<![近前头后这那第])(?:多少|几)年(?![级度代来前后里间])"), "时长"),
)

# A measure given its value in the question (服务时长100小时以上的委员有多少): it picks those counted,
# its class is not what is asked.
# (Given in a modifier, before 的 and the noun counted; 时长不足20小时 ending the question is left alone.)
_GIVEN_VALUE = re.compile(r"(?:在|达到?|超过|不足|不到|少于|多于|满|为)?\d+(?:\.\d+)?[\u4e00-\u9fff]{0,4}?的")


def measure_named(pattern: re.Pattern, norm: str) -> bool:
    """Whether the question names a measure ``pattern`` matches as what it asks, not only given its value."""
    return any(not _GIVEN_VALUE.match(norm, m.end()) for m in pattern.finditer(norm))


def measure_asked(analysis, norm: str) -> None:  # noqa: ANN001 - a QuestionAnalysis
    """An ordinal asked (第几辑), or the class of amount a measure noun asks for (容量 → 吨), of a question asking a number."""
    asked = re.search(r"第几(?:([\u4e00-\u9fff])|(?=[?!。]*$))|(?<![第多])几(楼)(?![层房])", norm)  # 第几届; 排第几: a rank; 几楼: a floor (measures.py)
    analysis.ordinal, analysis.unit = bool(asked), (analysis.unit or asked.group(1) or asked.group(2)) if asked else analysis.unit
    analysis.wants_money = analysis.wants_money and not (analysis.unit_class is None and _LENGTH.search(norm))  # 捐钱修的路多长
    if analysis.unit_class is None and not analysis.wants_money:
        for pattern, unit_class in _MEASURE_CLASSES:
            if measure_named(pattern, norm):
                analysis.unit_class = unit_class
                break
