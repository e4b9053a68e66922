"""A named member's sector (界别), as notices and reports write it: first in the brackets after the name
(郑某（民盟界，某校副校长）), or as the label of a line listing people (经济界（4名）：甲某（…）、乙某（…）),
or as the post written before the name in its clause (常委、经济界委员、某公司董事长乙某).  Asked
郑某是哪个界别的 / 是什么界别的 / 属于哪个界别, that sector answers; a person named without one is declined, a
name never written falls to the general answer (None).

Used by heads_answers.py (``HeadAnswers._answer_declared``); general Chinese layout only.
"""

from __future__ import annotations

import re

from bot import texts

from .people import ROLE_WORDS
from .question import KIND_WHAT
from .values import Result

__all__ = ["SECTOR_MARK", "asked_sector", "sector_of", "sector_answer", "party_answer"]

# 郑某是哪个界别的, 郑某委员是什么界别, 郑某属于哪个界别, 郑某代表哪个界别, 郑某的界别是什么: the whole question asks one person's sector.
# (The name may come with the post one holds: 某某主任是哪个界别的委员.)
_ASKS = re.compile(r"^(?:请问)?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:委员|同志|常委|副?主任|副?主席|秘书长|副?组长)?"
                   r"(?:(?:是|属于|在|来自|代表)?(?:哪个|哪一个|哪1个|什么|啥|哪)界别(?:的)?(?:委员|人)?(?:发言|参会|出席|参加)?的?"
                   r"|的界别是(?:什么|啥|哪个)(?:界别)?)[?？!。]*$")
# The 界 ending a sector's name after its field (农业和农村界, 民盟界), not 世界, 各界, 边界, 境界, 外界, 眼界, 跨界
# (general Chinese; checks.py reads a sector named by it too).
SECTOR_MARK = r"(?<![世各边境外眼跨])界"
_SECTOR = r"[\u4e00-\u9fff]{1,10}" + SECTOR_MARK
# The part of the brackets after a name that is a sector (民盟界 of 民盟界,某校副校长).
_BRACKETS = re.compile(r"[(（]([^()（）]{2,60})[)）]")
_SECTOR_PART = re.compile(r"^" + _SECTOR + r"别?$")
# A line's label, the people after it (经济界(4名):甲(…)、乙(…)).
_LABEL = re.compile(r"^(" + _SECTOR + r")别?(?:[(（][^()（）]{1,10}[)）])?[:：]")
# A sector written as a post before the name in its clause (常委、经济界委员、某公司董事长乙某).
_BEFORE = re.compile(r"(?:^|(?<=[、是的为]))(" + _SECTOR + r")别?(?:委员|常委)")
# …or as where the member comes from, right before the name (来自港澳台侨界别的委员乙某).
_FROM = re.compile(r"来自(" + _SECTOR + r")别?的?(?:委员|常委)?$")
_CLAUSE_CUT = re.compile(r"[,，。；;:：()（）]")


def asked_sector(norm: str) -> str | None:
    """The name whose sector the question asks, or None."""
    found = _ASKS.match(norm)
    return found.group("name") if found else None


def sector_of(name: str, sentences) -> tuple[str, int, int] | None:  # noqa: ANN001 - (p, s, sentence) triples
    """(sector, passage, sentence) where a sentence tells the sector of ``name``; brackets and line labels are
    read before a post written ahead of the name; None when none tells it."""
    before: tuple[str, int, int] | None = None
    for p, s, sentence in sentences:
        at = sentence.find(name)
        while at >= 0:
            brackets = _BRACKETS.match(sentence, at + len(name))
            parts = re.split(r"[,，;；、]", brackets.group(1)) if brackets else []
            for part in parts:
                if _SECTOR_PART.match(part):
                    return part, p, s
            label = _LABEL.match(sentence)
            if label and label.end() <= at:
                return label.group(1), p, s
            head = sentence[:at]
            clause = head[max((m.end() for m in _CLAUSE_CUT.finditer(head)), default=0):]
            written = list(_BEFORE.finditer(clause)) or list(_FROM.finditer(clause))
            if written and before is None:
                before = written[-1].group(1), p, s
            at = sentence.find(name, at + 1)
    return before


def sector_answer(answerer, norm: str):  # noqa: ANN001, ANN201 - an Answerer; a Result or None
    """郑某是哪个界别的: the sector the documents write for that person; declined for a person they name without
    one; None for a name they never write (the general answer reads on)."""
    name = asked_sector(norm)
    told = sector_of(name, answerer._sentences()) if name else None
    if told is None:
        # A person the documents name, their sector written nowhere: not told (no sentence on 界别群众 answers).  Not the
        # writer of a report of oneself, though: the dateline names the sector's meeting it was read at (在…界别委员述职会上).
        authors = getattr(answerer.index, "authors", ())
        named = name and name in answerer.index.names and name not in authors
        return Result(False, 0.0, KIND_WHAT, question=norm) if named else None
    sector, p, s = told
    return answerer._fact_result("name", texts.PERSON_ROLE_IS.format(name=name, role=sector), (p, s), norm)


# 郑某是哪个党派的, 是什么党派, 属于哪个党派: the whole question asks one person's party.
_ASKS_PARTY = re.compile(r"^(?:请问)?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:委员|同志|常委)?(?:是|属于|来自|参加的是|加入的是)?"
                         r"(?:哪个|哪一个|哪1个|什么|啥|哪)(?:民主)?党派(?:的)?(?:成员|人士)?[?？!。]*$")


def party_answer(answerer, norm: str, parties) -> object:  # noqa: ANN001 - an Answerer; a Result or None
    """郑某是哪个党派的: the party a post written with that person names (农工党某市委会委员、某医院主任某某), in the
    clause naming them; None when none does (the general answer reads on, and declines by reason)."""
    asked = _ASKS_PARTY.match(norm)
    if not asked:
        return None
    name = asked.group("name")
    for p, s, sentence in answerer._sentences():
        at = sentence.find(name)
        if at < 0:
            continue
        head = sentence[:at]
        clause = head[max((m.end() for m in _CLAUSE_CUT.finditer(head)), default=0):]
        brackets = _BRACKETS.match(sentence, at + len(name))
        # Only a post of the chain written right before the name (农工党某市委会委员、某医院主任某某), or in its brackets:
        # not a party named as another subject of the clause (民盟某市委提出的…得到部长某某批示).
        posts = [part for part in re.split(r"[、,，]", clause + "、" + (brackets.group(1) if brackets else ""))
                 if part.endswith(ROLE_WORDS) and "的" not in part]
        for forms in parties:
            for form in forms:
                if any(part.startswith((form, "中国" + form)) for part in posts):
                    return answerer._fact_result("name", texts.PERSON_ROLE_IS.format(name=name, role=forms[0]), (p, s), norm)
    return None
