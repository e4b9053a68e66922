"""Which of the posts written around a name are that person's own, where reports write two of them.

Three shapes every committee report uses when it lists who led a group or who was there:

- a standing post before the name and a group's post taken after it (经济委员会主任某某任副组长, 市政协
  副秘书长某某任副组长): the person holds both; asked 某某是什么职务, the standing post is the answer a
  member wants, the group's post only says what they did in that group;
- names each followed by their own post, joined by 、 (尊敬的甲主席、乙副主席): the post before 乙 is 甲's,
  乙's is the one written after 乙;
- a body written before the name and the post after it (区政协委员联络室乙主任): the post is of that body
  (委员联络室主任), not a bare 主任.

A post given by 由…担任 to a name written with a chain of posts of its own (队长由市政协委员、某所所长甲某担任):
the post before 由 is the one given.

And a post taken is no name: in 由1名副主席任组长 the 任 is the verb, not the surname 任 (任组长 is nobody).

Pure functions on one normalised sentence, used by people.py ``find_people``.
"""

from __future__ import annotations

import re

__all__ = ["group_post", "post_of_previous_name", "body_before_name", "post_taken", "own_part", "post_before_titled_by", "titled_by"]

# A working group's own post, taken for one task (任副组长, 任视察组组长, 任技术顾问): no standing post.
_GROUP_POST = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:副?组长|副?领队|顾问|联络员)$")
# A body's name ending right before a name (区政协委员联络室, 市水利局, 教科卫体委员会): its usual last characters.
_BODY_END = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:室|委员会|局|办公室|办|部|院|中心|协会|学会|商会|站|所|处|科|馆|社|厅|支部|党委|集团|公司)$")


def group_post(held: str) -> bool:
    """Whether a post taken after a name is a working group's (副组长, 视察组组长, 技术顾问)."""
    return bool(held) and _GROUP_POST.match(held) is not None


def post_of_previous_name(after: str) -> bool:
    """Whether the role read before a name, right after another name (甲主席、乙副主席), is that other name's
    post: so when this name has a post of its own written after it."""
    return bool(after)


def body_before_name(head: str) -> str:
    """The body written right before a name whose post comes after it (区政协委员联络室乙主任 → 区政协委员联络室),
    or "" when the words before the name name no body."""
    match = _BODY_END.search(head)
    return match.group(0) if match and match.start() == 0 else ""


# The verbs taking a post whose character is also a surname (任, 兼): 任组长, 兼主任.
_TAKES_POST = "任兼"


# Titles written right after a name (某某教授任中心主任): a 任 after them is the verb, never a surname.
_TITLE_AFTER_NAME = "教授|研究员|博士|院士"


def post_taken(name: str, posts, sentence: str = "") -> bool:
    """Whether a "name" read is a post taken (任组长, 兼主任): a taking verb, then a whole post word; or, in
    ``sentence``, the verb after a title written after a name, then a post's first words (某某教授任中心主任)."""
    if name[:1] not in _TAKES_POST:
        return False
    if name[1:] in posts:
        return True
    # (No verb of taking a post between: 教授任某某担任中心主任 names 任某某, who takes it.)
    after_title = re.compile(rf"(?:{_TITLE_AFTER_NAME}){re.escape(name)}[^，,。；;、任]{{0,12}}?(?:"
                             + "|".join(sorted(posts, key=len, reverse=True)) + ")")
    return bool(sentence) and after_title.search(sentence) is not None


# A post taken by the name before, written up to this name's own (甲任组长、农业委员会主任乙任副组长): 甲's, not 乙's.
_TAKEN_BEFORE = re.compile(r"^.*(?:(?<!主)任|担任)[^、]*、")


def own_part(role: str) -> str:
    """The role written before a name without the post the name before it took (任组长、农业委员会主任 → 农业委员会主任)."""
    return _TAKEN_BEFORE.sub("", role)


# A holder's own chain of posts between 由 and the name, within its clause (队长由市政协委员、某所所长甲某担任).
_TITLED_BY = re.compile(r"由[^，,。；;：:由]{2,30}$")
_TAKES_AT_CLAUSE_END = re.compile(r"(?:同志)?(?:担任|兼任|出任)(?=[，,。；;]|$)")


def post_before_titled_by(sentence: str, start: int, end: int, post_before_by: re.Pattern, post_words: tuple) -> str:
    """The post a clause opens with, given by 由…担任 to the name at ``start:end`` written with a chain of posts of
    its own (队长由市政协委员、某研究所所长甲某担任 → 队长), else "".  people.py's holders-after-由 pattern reads a 、
    there as listing holders, so the chain is read apart here; ``post_before_by`` finds the words ending with 由, which
    must end with one of ``post_words``."""
    titled = _TITLED_BY.search(sentence, 0, start)
    if not titled or not _TAKES_AT_CLAUSE_END.match(sentence, end):
        return ""
    before = post_before_by.search(sentence[:titled.start() + 1])
    return before.group(1) if before and before.group(1).endswith(post_words) else ""


def titled_by(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` stands after 由 and posts of its own in one clause (召集人由县政协副主席甲某担任)."""
    return _TITLED_BY.search(sentence, 0, start) is not None
