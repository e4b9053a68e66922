"""A group's post held by whoever holds another post, no person named (成立某领导小组，由市委书记任组长): asked who
the group's 组长 is, the post written as holding it is the answer a report gives (市委书记), before a person the
sentence names with another of the group's posts (…和某某任副组长).

And a post asked of people named by their kind, not by name (离任委员聘的是啥职务): the post the sentence has them
take up (聘请其中32名同志担任"某某特约信息员"和文史工作联络员).

Used by the who-reading (person_reading.py ``_fit_person``); general Chinese only.
"""

from __future__ import annotations

import re

from .role_words import ROLE_WORDS

__all__ = ["post_holding", "post_taken_up"]

# 由<post>任<post>: the holder a post alone (由市委书记任组长, 由分管副主席担任召集人), one clause.
_HELD_BY_POST = re.compile(r"由([^,，。;；、:：由和及]{2,16}?)(?:同志)?(?:任|担任|兼任|出任)(副?[\u4e00-\u9fff]{1,3}?)(?=[,，。;；、的]|$)")
_POST_END = tuple(sorted(ROLE_WORDS, key=len, reverse=True))
# Words naming a kind of people, no post one holds (委员, 成员, 代表, 人士, 干部): 由区政协委员担任组长 names none.
_KINDS_OF_PEOPLE = ("政协委员", "委员", "成员", "代表", "人士", "干部", "党员", "专家")


def post_holding(sentence: str, posts: list[str], names) -> tuple[str, str] | None:
    """The post written as holding one of ``posts`` and the post held (组长 asked: 市委书记, 组长 of 由市委书记任组长),
    None when the sentence writes none, or writes a person there (由副主席某某任组长: that person is read as a name)."""
    for match in _HELD_BY_POST.finditer(sentence):
        holder, held = match.group(1), match.group(2)
        if held not in posts or not holder.endswith(_POST_END) or any(name in holder for name in names):
            continue
        if re.search(r"\d", holder) or holder.endswith(_KINDS_OF_PEOPLE):
            continue  # 由1名副主席任组长, 由区政协委员担任组长: a count or a kind of holders, no post of one
        return holder, held
    return None


# Taking up a post or being engaged as one, the post quoted or not, a second joined by 和 / 、.
_TAKES_UP = re.compile(r'(?:担任|聘为|聘任为|聘请为|受聘为|出任)"?([^",，。;；、和]{2,20}?)"?(?:[和、及]"?([^",，。;；、和]{2,20}?)"?)?(?=[,，。;；]|$)')
_POST_OR_STAFF = _POST_END + ("员", "顾问")


def post_taken_up(sentence: str, names) -> str:
    """The posts people of a kind take up in the sentence (担任"某特约信息员"和文史工作联络员 → both), "" when it names
    none, or names the person taking it (that person's post is read with their name)."""
    for match in _TAKES_UP.finditer(sentence):
        if any(name in sentence[max(0, match.start() - 8):match.start()] for name in names):
            continue
        posts = [post for post in match.groups() if post and post.endswith(_POST_OR_STAFF)]
        if posts and match.group(1) in posts:
            return "、".join(posts)
    return ""
