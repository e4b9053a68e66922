"""A figure of the rest (其余8件重点提案, 另有3名, 剩下的2个): those left once some were told of, a part of
the whole. Asked the whole of a kind (重点提案有几件), it does not answer; asked the rest (其余的几件, 还有几条
在推进, 另外几个) or those a deed qualifies (没立案转成委员来信的有几件), it may.
"""
from __future__ import annotations

import re

from .facts import Quantity, clause_bounds

__all__ = ["rest_figure"]

# The rest named right before its figure, at the head of its clause (其余8件, 另有3名, 剩下的2个).
_REST_BEFORE = re.compile(r"^(?:其余|其他|其它|另有|另外|剩余|剩下)的?(?:还有|尚有|仍有|有)?$")
# A question asking the rest, or what is still left (还有几条在推进).
_ASKS_REST = re.compile(r"其余|其他|其它|另有|另外|剩余|剩下|还有|尚有|仍有|还剩|别的")


# A question asking those a deed reached (没立案转成委员来信的有几件): the rest may be just those.
_QUALIFIED = re.compile(r"的[^的]*(?:多少|几)")


def rest_figure(question: str, sentence: str, quantity: Quantity) -> bool:
    """Whether the figure counts the rest (其余8件重点提案) and the question asks the whole of a kind
    (重点提案有几件), neither the rest nor those a deed qualifies (…转成委员来信的有几件)."""
    a, _ = clause_bounds(sentence, quantity.start)
    return bool(_REST_BEFORE.match(sentence[a:quantity.start])) and not _ASKS_REST.search(question) \
        and not _QUALIFIED.search(question)
