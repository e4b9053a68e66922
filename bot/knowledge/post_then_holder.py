"""A post written before its holder, joined by 由…担任 (委员会办公室主任由戚某同志担任, 召集人由副主席张某担任,
组长由市政协副主席李某兼任): the name after 由 holds the post its clause opens with.  A clause of its own
(from the last comma or full stop), so 成立调研组，由张某担任组长 (the post after the verb) is left to posts._appointed.

Used by posts.py (``learn_posts``); general Chinese only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

__all__ = ["post_then_holder"]


@lru_cache(maxsize=4)
def _pattern(posts: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?:^|[,，;；。:：])([\u4e00-\u9fff]{0,16}?(?:" + "|".join(posts) + r"))由"
                      r"([^,，;；。由]{0,16}?)(?:同志)?(?:担任|兼任|出任)(?=[,，;；。]|$)")


def post_then_holder(sentence: str, names: Iterable[str], posts: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, post) for each post a clause opens with and gives to a name after 由 (one of ``names``)."""
    held = []
    for match in _pattern(posts).finditer(sentence):
        between = match.group(2)
        name = next((n for n in names if between.endswith(n)), None)
        if name:
            held.append((name, match.group(1)))
    return held
