"""A figure of a pool, of which the figure right after it counts those a deed reached: 在全县16个乡镇(街道)
中的12个建成"委员之家", 对全区27处登记宗教活动场所中的18处进行实地调研. Asked those the deed reached
(建成委员之家的乡镇有几个, 实地调研了几处场所), the pool does not answer; asked the whole (全县一共有几个乡镇,
现有多少处场所), it does; and then the figure picked from the pool (全市25个界别中的21个界别 for 全市一共几个界别)
does not (``picked_from_pool``).
"""
from __future__ import annotations

import re

from .facts import Quantity

__all__ = ["picked_from_pool", "pool_figure"]

# The pool's noun, then 中 / 之中 / 当中 (的) and the next figure: 16个乡镇(街道)中的12个.
_POOL_AFTER = re.compile(r"([\u4e00-\u9fff()（）]{0,12}?)(?:之中|当中|中)(?:的|已有|已经有|(只有|仅有|仅|只))?\d")  # (7个县区中已有5个)
# The few told after 只有 / 仅 and their deed, to the clause's end (只有7个乡镇有托育服务).
_SOME_TOLD = re.compile(r"[\d.]+[\u4e00-\u9fff]([\u4e00-\u9fff]{0,16})")  # past the figure and its measure word
# A question asking the whole, not those a deed reached.
_ASKS_WHOLE = re.compile(r"一共|总共|总数|共有|现有|全部|所有|总计|合计|全[市县区省国镇乡]")


# A pool's figure and noun right before the figure it is picked from: 25个界别中的(21个).
_POOL_BEFORE = re.compile(r"\d[^\d,;。:!?]{0,14}?(?:之中|当中|中)(?:的|已有|已经有|只有|仅有|仅|只)?$")

# A question asking how many of a pool it names (全市县区里几个已经…, 乡镇中有几个…): 全市 there names the pool.
_ASKS_OF_POOL = re.compile(r"(?:里|中|当中|之中)(?:有)?(?:几|多少)")


def pool_figure(question: str, sentence: str, quantity: Quantity) -> bool:
    """Whether the figure is a pool the next figure is picked from (16个乡镇(街道)中的12个, 7个县区中已有5个) and the
    question does not ask the whole."""
    pool = _POOL_AFTER.match(sentence, quantity.end)
    if not pool or (_ASKS_WHOLE.search(question) and not _ASKS_OF_POOL.search(question)):
        return False
    if pool.group(2):
        # Only some (19个乡镇中只有7个乡镇有托育服务): the few answer only a question naming their deed (有托育服务的乡镇),
        # a word of it other than the pool's noun; 乙县有多少个乡镇 asks the pool.
        some = _SOME_TOLD.match(sentence, pool.end() - 1).group(1)
        return any(some[i:i + 2] in question and not set(some[i:i + 2]) & set(pool.group(1)) for i in range(len(some) - 1))
    return True


def picked_from_pool(question: str, sentence: str, quantity: Quantity) -> bool:
    """Whether the figure counts those picked from a pool right before it (25个界别中的21个界别) while the question
    asks the whole (全市一共几个界别), not how many of the pool (界别中有几个…)."""
    return bool(_ASKS_WHOLE.search(question)) and not _ASKS_OF_POOL.search(question) \
        and bool(_POOL_BEFORE.search(sentence, 0, quantity.start))
