"""A group's members counted after its leaders, in one sentence: 视察由副主席甲带队并任视察组组长，乙、丙任副组长，成员
包括…委员共26人. The count of 成员 is the group's size, the group named clauses before, over the clauses naming its
leaders (组长, 副组长, 带队): a question asking how many the group had (视察组一共多少人) is answered by it.

Used by the figure reader (reading.py), which looks back over the clauses before an amount for the words asked.
"""

from __future__ import annotations

import re

__all__ = ["members_clause", "leaders_clause_before"]

_MEMBERS = re.compile(r"[,，](?:成员|组员|队员|组成人员)")
_LEADERS_END = re.compile(r"(?:组长|队长|召集人|带队|领队|率队)$")


def members_clause(sentence: str, comma: int) -> bool:
    """Whether the clause after the comma at ``comma`` opens with the group's members (，成员包括…)."""
    return _MEMBERS.match(sentence, comma) is not None


def leaders_clause_before(sentence: str, comma: int) -> bool:
    """Whether the clause ending at the comma at ``comma`` names the group's leaders (…任副组长, …带队)."""
    return _LEADERS_END.search(sentence, 0, comma) is not None
