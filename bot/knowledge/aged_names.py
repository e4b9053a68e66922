"""Names a memoir or a history tells by the age written before them: 86岁的某某, 93岁高龄的某某,
年过八旬的某某老人 is left to the post words.  No post stands before such a name, so the shape says a
person stands there: a listed surname, and (given the general dictionary) neither the name nor its first
two characters a word of it (86岁的老人 is nobody).

Pure functions on one normalised sentence, used by people.py ``find_person_names``.
"""

from __future__ import annotations

import re

__all__ = ["aged_names"]

# The age, 的, the name, then what ends it: a stop, or what a person does or is called by next.
_AGED = re.compile(
    r"\d+(?:多)?(?:周)?岁(?:高龄)?的([\u4e00-\u9fff]{2,3}?)"
    r"(?=[，,、。；;：:]|$|老人|先生|女士|同志|回忆|讲述|口述|说|介绍|仍|还|至今|依然)"
)
_WORD_FLOOR = 20


def aged_names(sentence: str, surnames, word_frequency) -> set[str]:
    """The names written right after an age and 的 (高级工程师、86岁的某某,回忆了…)."""
    if "岁" not in sentence:
        return set()
    return {name for name in (m.group(1) for m in _AGED.finditer(sentence)) if name[0] in surnames and (
        word_frequency is None or all(word_frequency(part) < _WORD_FLOOR for part in {name, name[:2]}))}
