"""Declining by reason a count told for a figure per head asked: 脱贫户人均增收多少 or 农户户均增收多少 asks
an average (so much per person or household), which a sentence writes as such (人均增收3200元, 户均增收1.2万元,
平均每户…). A sentence writing no average at all (实施产业项目9个，帮助脱贫户增收; 带动周边农户620户增收)
tells how many there were, not how much each got: its amount is a neighbour of what is asked.  A rate per
so many of the population (每万人口…拥有量) is told in the amount's own clause, not by a count beside it.

A figure per occasion (每期, 每场) is likewise told in the amount's own clause, and so is a rate per so much work
(稿酬千字多少元, 每篇多少): a year's total paid is none.

For: the doubt on a chosen amount (asked_untold.py). General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["per_head_untold", "cap_for_average", "occasion_sum_told", "occasion_figure_told"]

# An average asked: per person, household, meeting or year (人均, 户均, 平均, 每人, 每名学生, 场均, 年均); not 每个街道 (each
# one's own figure, which 在7个街道各确定1名 tells).
_PER_HEAD_ASKED = re.compile(r"人均|户均|平均|场均|年均|次均|每(?:人|户|名|位)")
# Any way a sentence writes an average (人均, 平均每户, 每名委员, 均达到, 年均, 月均收费, 每年).
_AVERAGE_TOLD = re.compile(r"人均|户均|平均|场均|年均|次均|月均|日均|周均|季均|均值|每[\u4e00-\u9fff]|均(?:为|达|达到|增收|增加|提高|超过)|"
                           r"各[\u4e00-\u9fff]{0,4}?[\d一两二三四五六七八九十]")


# A rate per so many of the population asked (每万人口发明专利拥有量, 每千人床位数): the amount's own clause writes
# it (每万人口拥有…12.3件), not a count of the whole nearby (全县有效发明专利仅214件，每万人口拥有量低于…).
_PER_POPULATION = re.compile(r"每[十百千万]+人")
# A clause giving only the value of the one before (甲区每千人口托位数最高，为4.06个): the rate is named there.
_VALUE_ONLY = re.compile(r"^[,，]?(?:仅|只|则|也|均)?(?:为|是|达|达到|有)")
# A figure per occasion asked (沙龙每期多少人参加, 每场提多少建议): the amount's own clause writes it (每期印刷3500册,
# 平均每场提出建议20条), not a sum over the occasions (累计参与130余人次) in a sentence whose other clause says 每期.
_PER_OCCASION_ASKED = re.compile(r"每(?:期|场|次|届|轮|批)")
# A rate per so much work asked (稿酬千字多少元, 每篇稿费多少, 每页多少钱): the amount's own clause writes it (千字80元,
# 每篇200元), not a year's total paid (全年发放稿酬共计28.7万元).
_PER_MEASURE_ASKED = re.compile(r"(?<![\d多少几])千字(?!数)|每(?:千字|篇|页|幅|首|小时)")


def per_head_untold(question: str, shown: str, clause: str = "", lead: str = "") -> bool:
    """Whether the question asks an average and the sentence ``shown`` writes none, or a rate per so many
    people and the amount's ``clause`` writes none, or a figure per occasion and the amount's ``clause`` writes
    no average (举办沙龙4期，每期围绕一个专题，累计参与130余人次: the 每期 is of another clause, the count a sum).
    ``lead`` is the clause before the amount's, which names the rate when the amount's only gives its value (，为4.06个)."""
    if _PER_POPULATION.search(question) and clause:
        return not _PER_POPULATION.search(clause) and not (_VALUE_ONLY.match(clause) and _PER_POPULATION.search(lead))
    if _PER_OCCASION_ASKED.search(question) and clause:
        return not _AVERAGE_TOLD.search(clause)
    if _PER_MEASURE_ASKED.search(question) and clause:
        return not (_AVERAGE_TOLD.search(clause) or _PER_MEASURE_ASKED.search(clause))
    return bool(_PER_HEAD_ASKED.search(question)) and not _AVERAGE_TOLD.search(shown)


# A bound set on an amount (不超过30元, 不得超过3个月, 最高500元): a cap, no average of what is paid or done.
_CAP = re.compile(r"^(?:不[得能应宜可]?超过|不高于|不低于|不少于|最高|最低|至少|至多|上限)")


def cap_for_average(question: str, fact: str) -> bool:
    """Whether the question asks an average (平均每小时收多少) and the amount is a cap set (不超过30元)."""
    return bool(_PER_HEAD_ASKED.search(question)) and bool(_CAP.match(fact)) and not _CAP_ASKED.search(question)


# A cap asked itself (每人最多补多少, 上限是多少): the bound answers it.
_CAP_ASKED = re.compile(r"最多|最高|最少|最低|上限|下限|封顶|超过|至少|至多|限")


def occasion_sum_told(question: str, clause: str) -> bool:
    """Whether the question asks a figure per occasion (每次请多少委员) and the amount's ``clause`` writes no
    average (8次座谈会共邀请委员96人次): a sum over the occasions, while the figure for each is often told in
    another sentence (每次邀请委员12名左右) — read by doubted_next.part_told."""
    return bool(_PER_OCCASION_ASKED.search(question)) and not _AVERAGE_TOLD.search(clause)


def occasion_figure_told(question: str, clause: str) -> bool:
    """Whether the question asks a figure per occasion and the amount's ``clause`` writes one (每次邀请委员12名左右)."""
    return bool(_PER_OCCASION_ASKED.search(question)) and bool(_AVERAGE_TOLD.search(clause))
