"""A sentence telling several named events in parts of their own (4月22日召开"甲"专题协商会,…提出建议46条;
7月15日召开"乙"专题协商会…;9月9日召开"丙"专题协商会): an amount belongs to the event of its own part.
Asked of one event by its name (丙协商会提了多少条建议), an amount told in another event's part does not
answer, though the sentence names the event asked elsewhere.

For: the doubt on a chosen answer (asked_untold.py).  General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["figure_of_other_part"]

_QUOTED = re.compile(r'"([^"]{2,40})"')


def figure_of_other_part(question: str, shown: str, fact: str) -> bool:
    """Whether the question names a quoted name of ``shown`` that the part (between semicolons) telling
    ``fact`` does not, while that part quotes a name of its own."""
    at = shown.find(fact) if fact else -1
    if at < 0 or ";" not in shown:
        return False
    asked = {name for name in _QUOTED.findall(shown) if name in question}
    if not asked:
        return False
    start = shown.rfind(";", 0, at) + 1
    end = shown.find(";", at)
    part = shown[start:end if end >= 0 else len(shown)]
    return bool(_QUOTED.search(part)) and not any(f'"{name}"' in part for name in asked)
