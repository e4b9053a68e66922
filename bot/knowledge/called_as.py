"""What people call a named person (村民管某某叫啥, 某某被群众称为什么, 大家都叫某某什么): the name they give, quoted where
the report tells of that person, by a verb of calling (称他为"…", 亲切地叫她"…", 被誉为"…", 人称"…") or in the words
of those who call them (村民说:"某研究员是我们村的'…'"), the person written by name, by pronoun or by surname and title.

Used by heads_answers.py (``HeadAnswers._answer_declared``); general Chinese only.
"""

from __future__ import annotations

import re

from .question import KIND_WHAT
from .role_words import ROLE_WORDS
from .values import Result

__all__ = ["called_as_answer"]

_NAME = r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:委员|同志|老师)?"
_ASKS = (
    # 村民管某某叫啥, 大家都把某某叫作什么
    re.compile(r"^(?P<who>[\u4e00-\u9fff]{1,6}?)(?:都|一般|平时|私下)?(?:管|把)" + _NAME
               + r"(?:叫|称为|称作|叫作|叫做|喊)(?:什么|啥)"),
    # 大家都叫某某什么
    re.compile(r"^(?P<who>[\u4e00-\u9fff]{1,6}?)(?:都|一般|平时|私下)?(?:叫|称|喊)" + _NAME + r"(?:什么|啥)"),
    # 某某被村民称为什么, 某某人称什么
    re.compile(r"^" + _NAME + r"(?:被(?P<who>[\u4e00-\u9fff]{0,6}?))?(?:称为|称作|叫做|叫作|誉为|人称|号称)(?:什么|啥)"),
)
# A name given: after a verb of calling, or quoted inside the quoted words of those who give it (…是我们村的'…').
_GIVEN = re.compile(r"(?:称(?:他|她|其)?为|(?:叫|喊|管)(?:他|她)(?:叫)?|誉为|人称|号称|称作)\"(?P<given>[^\"']{2,10})\"")
_SAID_GIVEN = re.compile(r"是[^\"',。;]{0,10}的'(?P<given>[^\"']{2,10})'")


def _refers(sentence: str, name: str) -> bool:
    """Whether the sentence names the person: in full, by a pronoun, or by surname and a title (某研究员, 某老师)."""
    if name in sentence or re.search(r"[他她]", sentence):
        return True
    titles = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
    return re.search(re.escape(name[0]) + rf"(?:{titles})", sentence) is not None


def called_as_answer(answerer, norm: str) -> Result | None:  # noqa: ANN001 - an Answerer
    """The name given to the person asked, from the paragraphs naming them (None when the question asks otherwise,
    or the name asked is no person of the documents; declined when no name given is told)."""
    asked = next((m for m in (pattern.match(norm) for pattern in _ASKS) if m), None)
    index = answerer.index
    if asked is None or asked.group("name") not in index.names:
        return None
    name, who = asked.group("name"), asked.group("who") or ""
    for p, passage in enumerate(index.passage_norm):
        if name not in passage:
            continue
        first = next(s for s, sentence in enumerate(index.sentence_norm[p]) if name in sentence or s + 1 == len(
            index.sentence_norm[p]))
        for s, sentence in enumerate(index.sentence_norm[p][first:], first):
            given = _GIVEN.search(sentence) or _SAID_GIVEN.search(sentence)
            if given and _refers(sentence, name) and (not who or who in sentence or who in ("大家", "人们")):
                return answerer._fact_result(KIND_WHAT, given.group("given"), (p, s), norm)
    return Result(False, 0.0, KIND_WHAT, question=norm)
