"""The kind a count is asked of, named by a category label: A类提案, 经济建设类提案, the Ⅱ类 of a
grade. A sentence that names no such kind counts another one or all of them: 本届以来A类提案累计
多少件 is not answered by 累计确定重点提案22件, nor 经济类提案多少件 by 立案264件.

Likewise the rate a percentage is of: 按时答复率比上年提高了多少 is not answered by a clause telling
满意率为96.4%，比上年提高1.5个百分点.

Used by the figure choice (figures.py) on the sentence a figure is read from.
"""

from __future__ import annotations

import re

from .question import SHARE_WORDS

# A label written before 类: Latin letters (A类, and Ⅲ类 as normalised: iii类), or the last two
# characters of a Chinese name (经济建设类 → 建设: 经济建设类152件 writes them, 城乡建设类 too).
_LABEL = re.compile(r"(?<![a-z])([a-z]{1,4})类|([\u4e00-\u9fff]{2})类")
# General Chinese words ending before 类 that name no one kind (各类, 这类, 分类, 种类, 人类, 大类,
# 哪类, 什么类, 其他类 …).
_NO_LABEL = re.compile(r"(?:[各每这那此该本同哪几多分种门人大小归另异之么啥]|其他|所有|有关|相关)$")
# A rate named by the two characters before 率 (按时答复率 → 答复, 满意和基本满意率 → 满意).
_RATE = re.compile(r"([\u4e00-\u9fff]{2})率")
_RATIO = re.compile("率|" + "|".join(SHARE_WORDS))  # the words general Chinese names a rate or a share by


def asked_kinds(norm: str) -> list[str]:
    """The category labels a question names (A类提案多少件 → a; 经济建设类提案 → 建设)."""
    found = []
    for match in _LABEL.finditer(norm):
        label = match.group(1) or match.group(2)
        if match.group(2) and _NO_LABEL.search(label):
            continue  # 各类 (of 去年各类协商活动), 哪类, 分类: no kind of its own
        found.append(label)
    return found


def kind_untold(norm: str, sentence: str) -> bool:
    """Whether the question counts a kind it labels and the sentence names no such label."""
    return any((label if re.match(r"[\u4e00-\u9fff]", label) else label + "类") not in sentence
               for label in asked_kinds(norm))  # 经济类 asked, 经济方面72件 told: the Chinese name is enough


def other_rate(norm: str, told: str) -> bool:
    """Whether the question asks a rate it names (按时答复率) and the words telling the figure (its
    clause, and the one it continues) name another rate or ratio (满意率, 提交提案的比例), never its name."""
    asked = {m.group(1) for m in _RATE.finditer(norm)}
    return bool(asked) and bool(_RATIO.search(told)) and not any(name in told for name in asked)
