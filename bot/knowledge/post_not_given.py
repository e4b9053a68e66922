"""A person asked by name with a post (陈某副主席领衔督办了哪件提案, 副主席黄某调研了啥) whom the answer's sentence
names with another post (提案委员会主任陈某, 界别召集人黄某): the sentence tells of that person, not of the
副主席 asked, so it answers nothing the question asks. A sentence naming the person with no post, or with
the post asked among others (副主席、民建市委会主委某某), does not doubt.

For: the doubt on a chosen answer (asked_untold.py).  General Chinese only.
"""

from __future__ import annotations

import re

from .people import find_people
from .post_words import holds, post_after_name

__all__ = ["other_post_told"]

# A post written right before a name (副主席陈某): the question's way of naming its holder.
_POST_BEFORE = re.compile(r"副?(?:主席|主任|书记|秘书长|部长|局长|县长|市长|区长|镇长|组长|会长|召集人)$")


def other_post_told(question: str, names, shown: str) -> bool:  # noqa: ANN001 - names: the question's people
    """Whether the question gives a named person a post and ``shown`` names them only with other posts."""
    for name in names:
        at = question.find(name)
        if at < 0 or name not in shown:
            continue
        before = _POST_BEFORE.search(question[:at])
        post = post_after_name(name, question) or (before.group(0) if before else "")
        if not post:
            continue
        roles = [person.role for person in find_people(shown, [name]) if person.role]
        after = post_after_name(name, shown)
        if after:
            roles.append(after)
        if roles and not any(holds(role, post) for role in roles):
            return True
    return False
