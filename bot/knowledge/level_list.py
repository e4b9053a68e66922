"""Levels of government listed before how many they are (市区县两级, 省市县三级, 县乡两级): a member writes
them run together, a report with a pause mark between them (市、区县两级).  Run together, the characters
cut into the wrong words (市区 + 县2级, urban area and a piece); the pause marks put back where the count
says they stand make the question's words the report's (市 + 区县 + 2级).

Read on the normalised question before its words are cut (question.py).  General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["levels_listed"]

_LEVEL = "省市县区乡镇"
# Two characters naming one level of several bodies alike (区县: the districts and counties).
_PAIRS = ("区县", "县区", "县市", "市县", "乡镇", "镇街")
_RUN = re.compile(rf"([{_LEVEL}]{{3,5}})(?=([2-5])级)")


def _splits(run: str, count: int) -> list[list[str]]:
    """Every way of cutting ``run`` into ``count`` levels, each one character or one pair."""
    if not run:
        return [[]] if count == 0 else []
    if count == 0:
        return []
    found = [[run[0]] + rest for rest in _splits(run[1:], count - 1)]
    if run[:2] in _PAIRS:
        found += [[run[:2]] + rest for rest in _splits(run[2:], count - 1)]
    return found


def levels_listed(norm: str) -> str:
    """The question with its run-together levels parted as the count of levels reads them (市区县2级 →
    市、区县2级, 省市县乡镇4级 → 省、市、县、乡镇4级); a run read more than one way, or of single levels, is left as written."""
    def part(m: re.Match) -> str:
        cuts = _splits(m.group(1), int(m.group(2)))
        # (A run of single levels, 省市县3级, cuts into words rightly as it is: parted only about a pair.)
        return "、".join(cuts[0]) if len(cuts) == 1 and any(len(level) == 2 for level in cuts[0]) else m.group(1)
    return _RUN.sub(part, norm)
