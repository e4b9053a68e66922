"""Off-topic phrases (question.py) a document answers after all, in so many words: a member's duty set as a
quota (quota_told.py), and a person's age written beside them.

A person's age is a private detail a report does not give out (question.py's off-topic phrases: 几岁,
多少岁, 年龄), unless a document writes it beside the person asked: a history or a memoir tells its
witnesses by their age (93岁的老船工某某, 86岁的某某, 某某…他13岁上船), and then the age is a fact of the
text like any other.

Used by ``Checks.off_topic`` (checks.py): ``off_topic_told``.
"""

from __future__ import annotations

import re

from .quota_told import quota_told

__all__ = ["age_told", "off_topic_told"]

# The off-topic phrases asking an age (an average age is no person's and never off topic).
_AGE_ASKED = re.compile(r"年龄|多大年纪|几岁|多少岁|多大了")
# How near the name an age must be written to be theirs, in characters.
_NEAR = 12


def age_told(norm: str, match: re.Match, names, passages) -> bool:
    """Whether the off-topic ``match`` asks an age of a person named in the question whose age one of the
    ``passages`` writes near their name (N岁, within a few characters, in the same sentence)."""
    if not _AGE_ASKED.fullmatch(match.group()):
        return False
    asked = [name for name in names if name in norm]
    if not asked:
        return False
    near = "|".join(rf"\d+岁[^。;；!?]{{0,{_NEAR}}}{re.escape(n)}|{re.escape(n)}[^。;；!?]{{0,{_NEAR}}}?\d+岁" for n in asked)
    pattern = re.compile(near)
    return any(pattern.search(passage) for passage in passages)


def off_topic_told(norm: str, match: re.Match, index) -> bool:
    """Whether a document answers the question's off-topic ``match`` in so many words (a quota, an age)."""
    return quota_told(norm, match, index.passage_norm) or age_told(norm, match, index.names, index.passage_norm)
