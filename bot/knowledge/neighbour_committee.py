"""A committee asked by its relation to the report's own, not by name (邻市政协, 兄弟县政协, 周边区政协的…): another
body, which the report's figures are not of.  A report tells of its own committee and its own region's; one
asked of a neighbouring city's committee is answered only where the sentence itself speaks of such a body
(兄弟市政协来考察…, 邻县政协…).  Otherwise the report's own figure (日均登录460人次) is a neighbouring fact.

Used by the checks (checks.py, ``Checks.doubt``); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["neighbour_committee_untold"]

# The relation words that set a committee apart from the report's own, before its level and 政协.
_RELATION = r"邻|相邻|隔壁|兄弟|友邻|周边|外"
_ASKED = re.compile(rf"(?<![国海境省市县区])(?:{_RELATION})[省市县区]的?政协")
# A sentence speaking of another committee or region at large (兄弟市, 邻县, 外地, 周边县市).
_TOLD = re.compile(rf"(?:{_RELATION})[省市县区地]|异地|外埠")


def neighbour_committee_untold(question: str, shown: str) -> bool:
    """Whether the question asks of a committee named only by its relation to the report's own (邻市政协) and
    the sentence speaks of no such body."""
    return _ASKED.search(question) is not None and _TOLD.search(shown) is None
