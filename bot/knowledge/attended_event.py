"""Who came to an event told in the clauses before: a sentence names the event it held, then what it was about,
and only then counts those who came (举办"某某论坛",主题为"…",委员和专家学者160余人参加; 承办…研讨会,来自…的
理论工作者68人参加). Asked how many came to that event (论坛来了多少人, 研讨会有多少人参加), the amount's clause
names nothing asked, yet counts the event's attendance: it is read as near the event's name as the clause naming it.

For: ``reading.Reader._fit_number``, which weighs an amount by the question's words around it and caps one whose
clause names none of them.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["event_attended"]

# A question asking how many came (来了多少人, 多少人参加, 参会的有几位, 出席人数).
_ASKS_ATTENDANCE = re.compile(r"(?:来|到|参加|参会|出席|与会|到会|到场)了?(?:多少|几)(?:个)?[人名位]?|"
                              r"(?:多少|几)(?:个)?[人名位](?:来|到|参加|参会|出席|与会|到会|到场)|"
                              r"(?:参加|参会|出席|与会|到会)(?:的)?(?:人数|人员|人)")
# The amount's clause tells attendance: the amount right before the verb (160余人参加), or after the attendees'
# noun (参会人员210人, 与会代表86名).
_ATTENDED_AFTER = re.compile(r"(?:参加|出席|参会|与会|到会|列席)")
_ATTENDEES_BEFORE = re.compile(r"(?:参会|与会|参加|出席|到会)(?:人员|代表|委员|嘉宾)?(?:共|达|有|为)?$")
_PEOPLE = ("人", "名", "位", "人次")


def event_attended(question: str, sentence: str, quantity, spans, asked: set[int]) -> int | None:  # noqa: ANN001
    """Where the clause naming the event starts, when ``quantity`` counts those who came to it: the question asks
    attendance, the amount's clause tells it and names none of the question's words, and each of the ``asked`` terms
    (their numbers; the reader's ``spans`` of where they stand) is written in an earlier clause of the sentence, no
    semicolon between (双桥镇养老协商会 asked: not …"大班额"…协商会,…共32人参加, another meeting); else None."""
    if quantity.unit not in _PEOPLE or not _ASKS_ATTENDANCE.search(question):
        return None
    a, b = clause_bounds(sentence, quantity.start)
    if any(a <= x < b for x, *_ in spans):
        return None  # the clause names what is asked itself
    if not (_ATTENDED_AFTER.match(sentence, quantity.end) or _ATTENDEES_BEFORE.search(sentence[a:quantity.start])):
        return None
    before = [(x, n) for x, _, n, _ in spans if x < a and ";" not in sentence[x:a]]  # (not an earlier item's: …;…)
    if not before or not asked <= {n for _, n in before}:
        return None
    return clause_bounds(sentence, max(x for x, _ in before))[0]
