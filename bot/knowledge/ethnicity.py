"""A named member's ethnic group, as reports on a sector of ethnic minorities write it: in brackets
right after the name (召集人马某（回族）, 副院长龙某（苗族）). Asked 马某是哪个民族 / 是什么族, the group in
those brackets answers; a member named in the documents without one (a monk written 住持释某) is
declined rather than answered by another member's brackets or a sentence that merely names the member.

Used by heads_answers.py (``HeadAnswers._answer_ethnicity``); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["asked_ethnicity", "ethnicity_of"]

# 马某是哪个民族的, 何某是啥民族, 龙某委员是什么族, 马某的民族是什么: the whole question asks one person's group.
_ASKS = re.compile(r"^(?:请问)?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:委员|同志)?(?:是|属于|的民族是|的民族)?"
                   r"(?:哪个|哪一个|哪1个|什么|啥|哪)(?:民族|族)的?(?:人)?[?？!。]*$")
# A group's name in brackets right after a name: (回族), (土家族); other words in the brackets may go with it.
_BRACKETED_GROUP = re.compile(r"\((?:[^()]{0,12}[、,，])?([\u4e00-\u9fff]{1,4}族)(?:[、,，][^()]{0,12})?\)")


def asked_ethnicity(norm: str) -> str | None:
    """The name whose ethnic group the question asks, or None."""
    found = _ASKS.match(norm)
    return found.group("name") if found else None


def ethnicity_of(name: str, sentences) -> tuple[str, int, int] | None | bool:
    """(group, passage, sentence) where the brackets after ``name`` tell a group; False when the name
    is written but never with one; None when no sentence names it (the general answer reads on)."""
    named = False
    for p, s, sentence in sentences:
        at = sentence.find(name)
        while at >= 0:
            named = True
            found = _BRACKETED_GROUP.match(sentence, at + len(name))
            if found:
                return found.group(1), p, s
            at = sentence.find(name, at + 1)
    return False if named else None
