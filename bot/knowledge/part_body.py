"""Whether an amount of members is told of a part of the committee while the question asks the whole.

A sector's or a special committee's report tells its own membership (本界别现有委员32名，其中市政协常委4名;
活动组由两个界别组成，现有市政协委员29名; 专委会现有委员38名). Asked how many members or standing members
the committee has (市政协委员总共有多少名, 市政协常委一共多少人, 全市政协委员有多少名), naming the committee
and no part of it, such an amount counts the part's members, not the committee's: no answer. Asked with
no body named (委员有多少名, 女委员有几名), a part's report answers of itself, as before; asked of the part
(界别里有几个市政协常委), the part is named and the amount is its answer.

Used by ``BodySize._body_size`` (body_size.py); general Chinese only.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

# A body that is a part of a committee: a sector (界别), a special committee (经济委员会, 专委会), an
# activity group or team (活动组, 小组). Not the committee itself (政协某市委员会, 第十届委员会,
# 本届委员会) nor its standing committee (常务委员会, 常委会), whose members are the standing members asked.
_PART_BODY = re.compile(r"(?:界别|专委会|活动组|小组|(?<![届市县区省州务协])委员会)")
# A topic ending so: the part's name, then perhaps in it or when (界别中, 界别目前, 专委会2021年底).
_PART_TOPIC = re.compile(_PART_BODY.pattern + r"[中里内]?(?:目前|现在|今年|年底|年末|\d{4}年(?:底|末)?)?$")
# Words naming the committee as a whole in a question (市政协委员, 全县政协委员, 全市委员).
_WHOLE_ASKED = re.compile(r"政协|全[市县区]")
# Words after a body's name telling what it has or is made of (界别现有委员…, 活动组由…组成).
_HAVING = re.compile(r"现有|共有|拥有|有|由")
# …and a question's words naming a part: such a body, or a sector by its field (体育界委员, 教育界的委员).
_PART_ASKED = re.compile(_PART_BODY.pattern + r"|界的?(?:政协)?(?:委员|常委)")
# Opening words of a clause that continue the sentence's topic (其中市政协常委4名).
_CONTINUING = re.compile(r"(?:其中|另有|包括|含)")


def asks_whole_committee(question: str) -> bool:
    """Whether a question names the committee (政协, 全市) and no part of it (界别, 体育界, 专委会, 提案委员会)."""
    return bool(_WHOLE_ASKED.search(question)) and not _PART_ASKED.search(question)


def _topic(text: str) -> str | None:
    """The words before the first word of having in ``text`` (本界别 of 本界别现有委员32名), or None."""
    having = _HAVING.search(text)
    return text[:having.start()] if having and having.start() > 0 else None


def counts_part_members(question: str, sentence: str, start: int) -> bool:
    """Whether the amount at ``start`` is told of a part of the committee (its clause's or, when the
    clause names no holder, its sentence's first clause names a sector or special committee before
    the word of having) while ``question`` asks the committee as a whole."""
    if not asks_whole_committee(question):
        return False
    a, _ = clause_bounds(sentence, start)
    topic = _topic(sentence[a:start])
    if topic is None or _CONTINUING.fullmatch(topic) or not topic.strip():
        first_end = clause_bounds(sentence, 0)[1]
        topic = _topic(sentence[:min(first_end, start)])
    return topic is not None and bool(_PART_TOPIC.search(topic.strip()))
