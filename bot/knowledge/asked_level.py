"""The level of committee a question asks about when it names no place.

A member asks of their own committee by its level (县政协委员一共多少名, 咱们区去年收到多少件提案,
全县…): with a shelf of reports of several levels (a city's, its districts', its counties'), the
question is one for the reports of that level, each answered as its own members read it.  Nothing
here names a document; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["asked_level"]

# 县政协 / 区政协 / 市政协 (a body of that level, its posts: 县政协经济委员会主任), or the asker's own
# county or district (咱们县, 本区, 我县, 全县).  Not a place's own level (岩溪区, 苇川县: a place named
# is judged by question_places), nor a verb's object (被市政协采用 is another body's deed).
# 区县政协 / 县区政协 / 各县政协 are the bodies below a city's, none asked as the asker's own.
_LEVEL = re.compile(r"(?<![区县各])([县区市])(?=政协)|(?:咱们|我们|咱|我|本|全)([县区])(?![\u4e00-\u9fff]?长)")
# A verb taking the committee as its object or agent: another body's deed, not the level asked.
_BY_OTHER = re.compile(r"(?:被|向|报送|报|获|经|受|由|给|为|与|和|同|及)$")


def asked_level(norm: str, places: set[str]) -> str | None:
    """县, 区 or 市 when a normalised question naming no ``places`` names its committee by level alone; else None."""
    if places:
        return None
    levels = set()
    for match in _LEVEL.finditer(norm):
        if _BY_OTHER.search(norm[:match.start()]):
            continue
        levels.add(match.group(1) or match.group(2))
    return levels.pop() if len(levels) == 1 else None
