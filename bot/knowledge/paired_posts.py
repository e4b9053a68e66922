"""Holders of one post listed side by side, each after their own body (甲区政协主席某某、乙区政协主席某某某在…):
the items repeat the post word, so the second name stands where the first, a name read, stands, though its
surname is one the surname list leaves out. It must read as a name of three characters (no stop character, no
word of the general dictionary), as a name of an unlisted surname does elsewhere (shaped_names.py).

Called by ``people.find_person_names`` with its own post words and checks (so no import cycle); general Chinese only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

__all__ = ["paired_post_names"]


@lru_cache(maxsize=8)
def _pair(roles: tuple[str, ...]) -> re.Pattern:
    # A post, a name, 、 or a joiner, a few characters of the next item's body, the same post, a name.
    post = "(" + "|".join(sorted(roles, key=len, reverse=True)) + ")"
    return re.compile(post + r"([\u4e00-\u9fff]{2,3}?)[、和与及]([^,，;；。:：、]{0,12}?)\1([\u4e00-\u9fff]{3})")


def paired_post_names(sentence: str, roles: Iterable[str], names: set[str], reads_as_name: Callable[[str], bool]) -> set[str]:
    """The names of a pair of one post's holders (…主席甲某、…主席乙某某) whose other name is among ``names``."""
    found = set()
    for match in _pair(tuple(roles)).finditer(sentence):
        first, second = match.group(2), match.group(4)
        if first in names and second not in names and reads_as_name(second):
            found.add(second)
    return found
