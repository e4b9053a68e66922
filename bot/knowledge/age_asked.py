"""A person's age asked (某某今年多大, 某某多大年纪, 某某几岁了): the age a document writes beside them (86岁的某某)
is the answer, as of its writing.  So 今年 before the age asks no year to check (the report's year or the
next), and the measure nouns 年纪 / 年龄 / 岁数 name the class asked (岁), no word the sentence writes.
A body's average age (委员平均年龄多大) names no person and keeps its words (平均年龄46.3岁).

Used by question.py ``analyse``, on the question's text before its words are read.
"""

from __future__ import annotations

import re

__all__ = ["age_words_stripped"]

_NOW_BEFORE_AGE = re.compile(r"(?:今年|现在|目前|如今)(?=有?(?:多大|几岁|多少岁))")
_AGE_NOUNS = re.compile(r"年纪|年龄|岁数")
_AGE_ASKED = re.compile(r"多大|几岁|多少岁")


def age_words_stripped(text: str, norm: str, names) -> str:
    """``text`` without the words of a person's age asked of a name among ``names``: 今年 before the age, the
    measure noun of age; unchanged when no person named in ``norm`` has an age asked."""
    if not _AGE_ASKED.search(norm) or not any(name in norm for name in names):
        return text
    return _AGE_NOUNS.sub(" ", _NOW_BEFORE_AGE.sub(" ", text))
