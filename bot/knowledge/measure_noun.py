"""Declining by reason a quantity asked by its own noun (某县人口多少, 视频号点赞多少, 水库库容有多大, 公众号阅读量多少)
is nowhere in the answer's sentence: an amount of the same class told beside it (参加委员26名, 某县52场, 发布短视频158条,
日供水能力5万吨) counts something else.

These nouns name a measure, not a thing counted: a report telling the figure writes the noun with it (常住人口118万人,
累计播放量73万次, 总库容1.2亿立方米), so a sentence without it does not tell the figure, however well the place or the
platform the question names matches. General Chinese only.

Used by asked_untold.untold_doubt on a number answer.
"""

from __future__ import annotations

import re

__all__ = ["measure_noun_untold"]

# Each measure noun as a question writes it, and the words a sentence telling its figure writes (人口 in 常住人口,
# 农村人口; 点赞 or 获赞; 访问量 is also told as 浏览量).
_NOUNS = {
    "人口": r"人口",
    "点赞": r"点赞|获赞",
    "库容": r"库容",
    "播放量": r"播放",
    "阅读量": r"阅读",
    "浏览量": r"浏览|访问",
    "访问量": r"访问|浏览",
    "粉丝": r"粉丝|关注",
}
_NOUN = "(" + "|".join(_NOUNS) + ")"
# The noun right before the figure asked (常住人口有多少, 点赞多少, 库容有多大, 阅读量一共是多少), or right after it
# (有多少常住人口, 多少万人口).
_ASKED = re.compile(_NOUN + r"(?:数|量|总数|总量)?(?:一共|总共|共|总计|累计|大概|大约|现在|目前)?(?:有|是|达到?|为|超过)?"
                    r"(?:多少|多大|几)|(?:多少|几)[万亿]?(?:个|名)?(?:常住|户籍|总|农村|城镇)?" + _NOUN)
# Not the noun of a body or a field (人口资源环境委员会, 人口老龄化): no figure of the measure is asked there.
_NOT_MEASURE = re.compile(r"人口(?:资源|与|和|老龄|流动|普查|计生|政策|工作)")


def measure_noun_untold(question: str, shown: str) -> bool:
    """Whether ``question`` asks the figure of a measure noun (人口, 点赞, 库容…) and ``shown``, the answer's
    sentence, writes none of the words that tell it."""
    asked = _ASKED.search(question)
    if asked is None or _NOT_MEASURE.search(question):
        return False
    noun = asked.group(1) or asked.group(2)
    return re.search(_NOUNS[noun], shown) is None
