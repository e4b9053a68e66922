"""Lists ranked by their figures: whether a sentence lists three or more named items with figures
of one measure, and which item such a list puts at the top (哪个界别立案最多 → 经济界别立案，46件).
The items and their names are read by breakdowns.py.
"""

from __future__ import annotations

import re

from .breakdowns import breakdown_role, listed_names
from .facts import find_quantities

__all__ = ["ranked_by_figures", "top_of_list"]


def ranked_by_figures(sentence: str) -> bool:
    """Whether the sentence lists three or more named items with figures of one measure (经济界别立案46件，
    农业和农村界别立案37件，教育界别立案33件): which has the most, or the least, is told by them."""
    units = [x.unit for x in find_quantities(sentence)]
    return any(len(listed_names(sentence, lambda x, u=unit: x.unit == u)) >= 3 for unit in set(units))


_SUPERLATIVE = re.compile(r"最(多|少|高|低|大|小)")
_ASKS_WHICH = re.compile(r"哪|什么|啥|谁")
_SEVERAL = re.compile(r"哪些|哪几|最[多少高低大小]的?(?:前)?\d+[\u4e00-\u9fff]|前\d+[\u4e00-\u9fff]")
_LEAD_INTO = re.compile(r"^.*(?:是|为)")
_REST = re.compile(r"^(?:其余|其他|其它|剩余|剩下|另外)")


def top_of_list(question: str, sentence: str) -> str:
    """The item a question asking which has the most (or least) of something (哪个界别立案最多) finds
    at the top of the sentence's list of three or more like figures, with its figure (经济界别立案，
    46件); not a total before 其中, nor the rest taken together (其余各界别共立案64件). '' when the
    question asks no such thing or the sentence lists none."""
    superlative = _SUPERLATIVE.search(question)
    if not superlative or not _ASKS_WHICH.search(question) or _SEVERAL.search(question):
        return ""  # 承办提案最多的4个单位是哪些: the list itself answers
    figures = {x.start: x for x in find_quantities(sentence)}
    for unit in dict.fromkeys(x.unit for x in figures.values()):
        names = {at: name for at, name in listed_names(sentence, lambda x, u=unit: x.unit == u).items()
                 if not _REST.match(name) and breakdown_role(sentence, figures[at])[0] != "total"}
        if len(names) >= 3:
            pick = max if superlative.group(1) in "多高大" else min
            at = pick(names, key=lambda k: figures[k].value)
            # The first item may carry the words leading into the list (承办提案较多的单位是县住建局29件、…).
            name = _LEAD_INTO.sub("", names[at]) if at == min(names) else names[at]
            return f"{name if len(name) >= 2 else names[at]}，{figures[at].text}"
    return ""
