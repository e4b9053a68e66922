"""Who entrusted a deed, or whom it was entrusted to: 受X委托 and X委托Y….

A report opens 我受政协某县第九届委员会常务委员会委托，向大会报告工作 — asked 报告受谁委托作的 (谁委托的, 受哪个
机构委托), the body between 受 and 委托 answers. A deed handed on is written 调研组委托某局开展问卷调查 — asked
问卷调查委托谁搞的 (委托哪个单位做的), the body right after 委托 answers, when the clause tells the deed asked.

Used by ``doers.agent_of`` (a who or which-body question's doer); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["entrusted_party"]

# The question asks who entrusted it (受谁委托, 谁委托的, 受哪个单位的委托) or to whom it was entrusted (委托谁, 委托给哪家).
_ASKS_ENTRUSTER = re.compile(r"受(?:谁|哪[一1]?[个家位]?[\u4e00-\u9fff]{0,4}?)的?委托|(?:谁|哪[一1]?[个家位]?[\u4e00-\u9fff]{0,4}?)委托的")
_ASKS_ENTRUSTED = re.compile(r"委托(?:给)?(?:谁|哪[一1]?[个家位]?)")
# 受X委托: X, a body or a person, within its clause.
_ENTRUSTER = re.compile(r"受([^,，;；。:：受]{2,40}?)(?:的)?委托")
# X委托Y+verb: Y, up to the verb opening the deed (开展, 进行, 组织 …) or the clause's end.
_ENTRUSTED = re.compile(r"委托([^,，;；。:：]{2,24}?)(?=开展|进行|组织|实施|承担|完成|负责|编制|起草|开|做|搞|对|在|就|[,，;；。]|$)")
# Words that are no party to a deed (the question's own words, a pronoun).
_NO_PARTY = re.compile(r"^(?:我|我们|本人|他|她|他们|其)$")


def entrusted_party(question: str, terms, sentence: str) -> str | None:  # noqa: ANN001 - the question's Terms
    """The body (or person) the sentence writes as entrusting (受X委托) or entrusted (委托Y开展…) as the question
    asks; for the one entrusted, the clause must tell a word of the question beside 委托 (问卷调查 of
    问卷调查委托谁搞的). None when the question asks neither or the sentence tells no such party."""
    if _ASKS_ENTRUSTER.search(question):
        found = _ENTRUSTER.search(sentence)
        return found.group(1) if found and not _NO_PARTY.match(found.group(1)) else None
    if not _ASKS_ENTRUSTED.search(question):
        return None
    words = [e for t in terms for e in t.equivalents if len(e) >= 2 and e != "委托"]
    for found in _ENTRUSTED.finditer(sentence):
        clause = re.split(r"[,，;；。]", sentence[found.start():])[0]
        if any(w in clause for w in words) and not _NO_PARTY.match(found.group(1)):
            return found.group(1)
    return None
