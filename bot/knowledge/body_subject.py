"""A body written as the subject of the deed a who-question asks about.

重点提案是谁遴选的 is answered by the body a sentence writes as doing it — 市政协主席会议从立案提案中遴选出
重点提案: the words opening the deed's clause, before a phrase of where from or of what (从…中, 在…上,
对…, 围绕…) and the verb — when they end as a body's name does (会议, 委员会, 政府, 局 …).  A person
named elsewhere in the sentence (领衔督办的区长) did something else.

The last reading of doers.doer_of, after the proposer, endorser, decider and builder; general Chinese only.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["body_subject"]

# The deed asked: the verb right after 谁 (是谁遴选的, 谁来组织的, 由谁审定).
_ASKS_DOER = re.compile(r"(?:是谁|谁)(?:来|负责|牵头)?([\u4e00-\u9fff]{2})(?:的|出|了)?[?？!。]*$")
# A phrase between the subject and its verb: where from, where, of what, with whom (从…中, 在…上, 对…, 与…).
_BETWEEN = re.compile(r"(?:从|在|对|围绕|就|与|同|会同|根据|按照|于)")
# Words a body's name ends with.
_BODY_END = re.compile(r"(?:会议|常委会|委员会|主任会|办公室|政府|政协|人大|党组|小组|工作组|局|委|办|院|厅|部|中心)$")
# A subject marked as an agent or after a time (会后由市某局牵头, 被…, 经…): not a bare subject opening its clause.
_NOT_BARE = re.compile(r"由|被|经|把|将|后|时|和|与|及|、")
# A time or a lead opening the clause (2019年4月, 同时, 此外): not the subject.
_LEAD = re.compile(r"^(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:同时|此外|另外|随后|其后)?")


def body_subject(question: str, sentence: str) -> str | None:
    """The body the sentence writes as the subject of the verb the who-question asks (None when it
    asks no verb of a doer, or the clause opens with no body's name)."""
    asked = _ASKS_DOER.search(question)
    if asked is None:
        return None
    verb = asked.group(1)
    at = sentence.find(verb)
    while at >= 0:
        a, _ = clause_bounds(sentence, at)
        before = _LEAD.sub("", sentence[a:at])
        cut = _BETWEEN.search(before, 2)
        subject = before[:cut.start()] if cut else before
        if 2 <= len(subject) <= 16 and _BODY_END.search(subject) and not _NOT_BARE.search(subject):
            return subject
        at = sentence.find(verb, at + 1)
    return None
