"""An amount bounded after it and tied by 的 to the noun that follows (报送信息10条以上的委员有41名, 年满60周岁
以下的…) names a group by a threshold: it says who is counted next, never how many of the thing were done.
Asked how many (报送信息多少条), the year's own figure answers (全年报送信息1284条), not the threshold; a
question naming a bound itself (10条以上的有几人, 至少要报送几条) asks of the threshold and keeps it.
The bound may stand before the amount as well (全年服务时长不足20小时的委员, 超过3次的): the same threshold,
so 服务时长目标多少 is not answered by 20小时.

Used by reading.py when it weighs the amounts of a sentence.
"""

from __future__ import annotations

import re

__all__ = ["threshold_amount"]

# The bound after an amount, then 的 and a noun (…10条以上的委员, 5次及以上的).
_BOUND_THEN_NOUN = re.compile(r"(?:及|或)?(?:以上|以下|以内|之上|之下)的[\u4e00-\u9fff]")
# The bound before an amount (不足20小时的委员, 少于3次的), told as a threshold only where 的 and a noun follow it.
_BOUND_BEFORE = re.compile(r"(?:不足|不到|不满|低于|少于|高于|多于|超过)$")
_OF_NOUN = re.compile(r"的[\u4e00-\u9fff]")
# A question asking of a bound or a threshold itself.
_ASKS_BOUND = re.compile(r"以上|以下|以内|之上|之下|至少|最少|起码|门槛|标准|不少于|不低于|超过|不足|不到|不满|低于|少于")


def threshold_amount(q_norm: str, sentence: str, quantity) -> bool:  # noqa: ANN001 - a Quantity (facts.py)
    """Whether the amount is a threshold naming a group (…10条以上的委员) that a question of how many does not ask."""
    bounded_before = _BOUND_BEFORE.search(sentence, 0, quantity.start) and _OF_NOUN.match(sentence, quantity.end)
    return bool(_BOUND_THEN_NOUN.match(sentence, quantity.end) or bounded_before) and not _ASKS_BOUND.search(q_norm)
