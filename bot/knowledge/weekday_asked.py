"""A weekday asked (每周几导读, 星期几开放, 礼拜几交流): the weekday the sentence writes beside the deed asked
(坚持每周一荐书、每周三导读、每周五交流 → 每周三), not a count (几 here names no amount).

Called by the answerer before the general reading (answer.py ``_read_part``); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["weekday_answer"]

_ASKS_WEEKDAY = re.compile(r"(?:周|星期|礼拜)几")
# A weekday, or a span of them, as written (每周三, 周一至周五, 星期六), and what follows it up to a mark: the deed.
_WEEKDAY = re.compile(r"(?:每)?(?:周|星期|礼拜)[一二三四五六日天](?:(?:至|到|和|、)(?:周|星期|礼拜)?[一二三四五六日天])?")
_WEEK_WORDS = re.compile(r"^(?:每|周|星期|礼拜)+$")


def weekday_answer(answerer, q, norm: str):  # noqa: ANN001, ANN201 - an Answerer, a QuestionAnalysis; a Result or None
    """The weekday of the sentence that names the deed asked right after it and most of the question's other
    words; None when no weekday is asked or none is written beside the deed."""
    if not _ASKS_WEEKDAY.search(norm):
        return None
    terms = [t for t in q.terms if not _WEEK_WORDS.match(t.text)]
    if not terms:
        return None
    index = answerer.index
    best = None
    for p in range(index.size):
        for s, sentence in enumerate(index.sentence_norm[p]):
            for m in _WEEKDAY.finditer(sentence):
                deed = re.match(r"[^,;。、:!?]*", sentence[m.end():]).group(0)
                if not any(e in deed for t in terms for e in t.equivalents):
                    continue  # 每周一荐书 for 每周几导读: another deed's day
                score = sum(t.weight for t in terms if any(e in sentence or e in index.passage_norm[p] for e in t.equivalents))
                if best is None or score > best[0]:
                    best = (score, m.group(0), p, s)
    if best is None or best[0] < 0.5 * sum(t.weight for t in terms):
        return None
    return answerer._fact_result("what", best[1], (best[2], best[3]), norm)
