"""A person asked by surname and post (谯委员是干啥的, 那位隰董事长做了什么): where the documents name exactly one
person of that surname holding that post, the question is read with the full name (谯丽娟委员是干啥的), so the
readers that know a named person answer it.  Two of the surname with the post (靳委员, where 靳甲 and 靳乙 are
both members), or none, leave the question as asked.

Used by answer.py (``Answerer._results``) before the question is read; general Chinese only.
"""

from __future__ import annotations

import re

from .people import SURNAMES, find_people
from .post_words import holds
from .role_words import ROLE_WORDS

__all__ = ["surname_post_named"]

# A surname alone before a post, opening the question or after a pointer (那位谯委员): a name of one character
# reads as no name of its own (谯丽娟委员 is no 娟委员).
_SURNAME_POST = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[的那这位个]))([\u4e00-\u9fff])("
                           + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + ")")


# A question asking the name itself (靳主席叫什么名字, 暴主席全名叫啥, 谯委员是谁): the readers of surnames answer it.
_ASKS_NAME = re.compile(r"叫(?:什么|啥)|全名|名字|姓名|是谁|哪位|谁是")


def surname_post_named(norm: str, index) -> str:  # noqa: ANN001 - a PassageIndex
    """``norm`` with a surname and post (谯委员) read as the one person of that surname told with that post."""
    asked = _SURNAME_POST.search(norm)
    if asked is None or asked.group(1) not in SURNAMES or _ASKS_NAME.search(norm):
        return norm
    surname, post = asked.groups()
    candidates = [n for n in index.names if n.startswith(surname) and 2 <= len(n) <= 3]
    holders: set[str] = set()
    # One pass over the passages holding the surname at all (a shelf of many reports has few): two holders found
    # already leave the question as asked.
    for passage, sentences in zip(index.passage_norm, index.sentence_norm) if candidates else ():
        if len(holders) > 1:
            break
        if surname not in passage:
            continue
        for name in (n for n in candidates if n not in holders and n in passage):
            if any(name + post in sentence or any(holds(person.role, post) for person in find_people(sentence, [name])
                                                  if person.name == name) for sentence in sentences if name in sentence):
                # (the post before the name, 科技界委员某某, or right after it, 召集人由某某委员担任)
                holders.add(name)
    if len(holders) != 1:
        return norm  # none, or several the question does not tell apart
    return norm[:asked.start()] + holders.pop() + norm[asked.start(2):]
