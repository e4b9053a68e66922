"""A people noun followed by the place or body of theirs it names: 委员工作站, 委员工作室, 代表联络站,
党员活动室, 委员之家, 群众议事会. Counted (多少委员工作站), the thing counted is that place or body, not
the people (多少委员参加 counts people: 参加 is what they did).

For the question's counted noun (question.py); general Chinese only: the characters and words that end
the name of a place, an office or a group.
"""

from __future__ import annotations

import re

__all__ = ["names_facility"]

# The last character or word of a place's, office's or group's name (工作站, 活动室, 之家, 服务中心, 小组, 议事会).
_FACILITY_END = re.compile(r"(?:[站室所点厅馆院库角屋驿组团队社群会]|之家|中心|基地|平台|档案|联盟|协会)$")


def names_facility(words: list[str]) -> bool:
    """Whether the word after a people noun makes it a place or body of theirs (工作站 of 委员工作站)."""
    return bool(words) and len(words[0]) >= 2 and bool(_FACILITY_END.search(words[0]))
