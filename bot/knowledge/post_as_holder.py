"""A group's post held by whoever holds another post, no person named (成立某领导小组，由市委书记任组长): asked who
the group's 组长 is, the post written as holding it is the answer a report gives (市委书记), before a person the
sentence names with another of the group's posts (…和某某任副组长).

Used by the who-reading (person_reading.py ``_fit_person``); general Chinese only.
"""

from __future__ import annotations

import re

from .role_words import ROLE_WORDS

__all__ = ["post_holding"]

# 由<post>任<post>: the holder a post alone (由市委书记任组长, 由分管副主席担任召集人), one clause.
_HELD_BY_POST = re.compile(r"由([^,，。;；、:：由和及]{2,16}?)(?:同志)?(?:任|担任|兼任|出任)(副?[\u4e00-\u9fff]{1,3}?)(?=[,，。;；、]|$)")
_POST_END = tuple(sorted(ROLE_WORDS, key=len, reverse=True))


def post_holding(sentence: str, posts: list[str], names) -> tuple[str, str] | None:
    """The post written as holding one of ``posts`` and the post held (组长 asked: 市委书记, 组长 of 由市委书记任组长),
    None when the sentence writes none, or writes a person there (由副主席某某任组长: that person is read as a name)."""
    for match in _HELD_BY_POST.finditer(sentence):
        holder, held = match.group(1), match.group(2)
        if held not in posts or not holder.endswith(_POST_END) or any(name in holder for name in names):
            continue
        if re.search(r"\d", holder):
            continue  # 由1名副主席任组长: a count of holders, no post of one
        return holder, held
    return None
