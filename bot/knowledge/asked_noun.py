"""The noun a question asks the figure of, written bare before 多少 / 多大 (某县人口有多少, 视频号播放量多少, 水库库容有多大,
茶园多大) or after 多少 with no measure word (有多少常住人口): that noun is the very thing asked, so a sentence that
never writes it (nor an equivalent of the lexicon's) tells some other figure, however well the place or the platform
the question names matches (某县52场, 参加委员26名, 发布短视频158条, 日供水能力5万吨).

A noun is asked bare only where no measure word says what is counted (多少人 is told by 名, 多少钱 by 万元, 多少场 by
场: question.py reads those as the unit asked), and only a noun that names a thing or a measure of its own: a word
naming the dimension alone (数量, 规模, 面积, 比例, 价值 — told by the amount's unit: 占地30亩 tells 面积), a money
asked (told by 元 under many names), a target, a limit or a change (目标多少, 不少于多少, 提高了多少) is left alone.
A noun ending in a measure suffix (播放量, 发言数, 满意率) is told by its stem (累计播放52万次); one whose last
character is the amount's own unit (得分多少 → 87.9分, 编号多少 → 第0203号) is told by the amount.

Used by asked_untold.untold_doubt on a number answer.  General Chinese only.
"""

from __future__ import annotations

import re

from .figure_years import asks_change
from .question import KIND_NUMBER, QuestionAnalysis, once_per_question

__all__ = ["asked_noun", "asked_noun_untold"]

# Words between the noun and 多少 that add nothing to what is asked (人口一共有多少, 库容大概是多大).
_FILLER = r"(?:一共|总共|共|总计|合计|累计|大概|大约|约|现在|目前|如今)?(?:有|是|为)?"
# The noun right before the figure asked, which ends the question (人口有多少? 库容多大呢).
_BEFORE = re.compile(_FILLER + r"(?:多少|多大)[万亿]?(?:了)?[呢啊呀吧嘛]*[?？!！。]*$")
# …or right after it, no measure word between (有多少常住人口, 多少万人口).
_AFTER = re.compile(r"(?:多少|几)[万亿]?([\u4e00-\u9fff]{2,6}?)[呢啊呀吧嘛]*[?？!！。]*$")
# A suffix making a noun a measure of its stem (播放量, 发言数, 满意率, 阅读总量): the stem tells it.
_MEASURE_SUFFIX = re.compile(r"(?:总量|总数|数量|人数|次数|量|数|率|度|额)$")
# Words naming only the dimension of the figure, or a target, a limit or a way of reckoning it: the amount's
# unit tells them (面积 by 平方米, 比例 by %, 价值 by 万元), or they are no thing at all (目标多少, 不超过多少).
_NOT_A_THING = re.compile(
    r"^(?:数量|数目|总数|总量|总额|金额|数额|人数|次数|人次|场次|规模|面积|长度|距离|高度|深度|宽度|年龄|年纪|岁数|时长|时间|期限|"
    r"比例|比重|占比|百分比|份额|比率|价值|价格|价钱|标准|水平|幅度|程度|结果|情况|目标|指标|任务|计划|预算|要求|上限|下限|"
    r"达到|突破|力争|争取|控制|保持|实现|超过|不少于|不低于|不超过|不高于|至少|最多|最少|占|折合|相当于|加起来|合起来)$")
# A change asked by its verb (提高多少, 增长多少, 比上年多多少): the sentence tells it as it will (up 12%).
_CHANGE = re.compile(r"增长|增加|提高|提升|上升|下降|减少|降低|增幅|降幅|多了|少了")


def asked_noun(q: QuestionAnalysis) -> tuple[str, tuple[str, ...]] | None:
    """The noun ``q`` asks the figure of bare (人口 of 某县人口有多少, 播放量 of 播放量多少) and the words that tell it
    (its equivalents, its stem without a measure suffix, its head), or None."""
    return once_per_question(q, "_noun_asked_bare", lambda _: _asked_noun(q) or ()) or None


def _asked_noun(q: QuestionAnalysis) -> tuple[str, tuple[str, ...]] | None:
    if q.kind != KIND_NUMBER or q.unit or q.wants_money or q.ordinal or asks_change(q) or _CHANGE.search(q.norm):
        return None
    before = _BEFORE.search(q.norm)
    if before is not None:
        terms = [t for t in q.terms if q.norm.endswith(t.text, 0, before.start())]
        term = max(terms, key=lambda t: len(t.text), default=None)
        if term is not None and len(term.text) == 1:
            # A lone measure suffix (播放 量): the word before it is the noun's stem.
            stem = next((t for t in q.terms if len(t.text) >= 2
                         and q.norm.endswith(t.text, 0, before.start() - 1)), None)
            if stem is None or not _MEASURE_SUFFIX.fullmatch(term.text):
                return None
            return stem.text + term.text, stem.equivalents if not stem.entity else ()
    else:
        after = _AFTER.search(q.norm)
        if after is None:
            return None
        term = next((t for t in q.terms if t.text == after.group(1)), None)
    if term is None or term.entity or term.named or len(term.text) < 2 or term.text.endswith("了") \
            or _NOT_A_THING.match(term.text) or _NOT_A_THING.match(term.text[-2:]):
        return None  # (捐了多少: a deed; 占地面积, 平均年龄: a dimension, whatever the word before it)
    words = set(term.equivalents)
    stem = _MEASURE_SUFFIX.sub("", term.text)
    if len(stem) >= 2:
        words.add(stem)
        if _NOT_A_THING.match(stem):
            return None
    if len(stem) >= 4:
        words.add(stem[-2:])  # the head of a compound noun (常住人口 → 人口): head-final
    return term.text, tuple(words)


def asked_noun_untold(q: QuestionAnalysis, shown: str, earlier: str = "") -> bool:
    """Whether ``q`` asks the figure of a noun bare and ``shown``, the answer's sentence, writes no word telling it
    (nor gives an amount in the noun's last character: 87.9分 tells 得分).  ``earlier``, its paragraph before it,
    may write the noun for it (提交提案586件。其中，…闭会期间提交115件: 115件 are 提案)."""
    asked = asked_noun(q)
    if asked is None or not asked[1]:
        return False
    noun, words = asked
    if any(w in shown or w in earlier for w in words):
        return False
    return not re.search(r"\d" + re.escape(noun[-1]), shown)
