"""An amount told as the number expected (应出席委员286名, 应到常委45人, 应参会120人次) is not the number who came:
a question asking how many attended (有多少委员出席, 实际到了多少, 多少委员参加了) wants the amount after 实际出席 / 实到
/ 出席 beside it, unless it asks what was expected itself (应出席多少人, 应到几名). General Chinese: 应 is ought.

For: ``reading.Reader._fit_number``, which lowers such an amount among the sentence's amounts and raises the number
who came told right after it.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["attended_score"]

# The amount's clause, up to it, tells the number expected (应出席委员286名, 应到会常委; 应出席(人次)428).
_EXPECTED = re.compile(r"应(?:出席|到会|到|参加|参会|列席)[^,;。，；]{0,8}$")
# The question asks the number expected (应出席多少, 应到几名, 应该到多少人).
_ASKS_EXPECTED = re.compile(r"应(?:该)?(?:出席|到会|到|参加|参会|列席)")


# The amount's clause, up to it, tells the number who came (实际出席271名, 实到43人).
_CAME = re.compile(r"^(?:实际|实)(?:出席|到会|到|参加|参会|列席)[^,;。，；]{0,6}$")


def attended_score(question: str, sentence: str, start: int) -> float:
    """How the amount at ``start`` answers a question not asking the number expected: lower (-0.6) where told as
    the number expected (应出席委员286名), higher (+0.3) where told as the number who came right after it (，实际
    出席271名: the noun the expected count named is this one's too); 0 otherwise, and for a question asking it."""
    if _ASKS_EXPECTED.search(question):
        return 0.0
    a, _ = clause_bounds(sentence, start)
    if _EXPECTED.search(sentence[a:start]):
        return -0.6
    if a > 0 and _CAME.search(sentence[a:start]) and _EXPECTED.search(sentence[clause_bounds(sentence, a - 1)[0]:a - 1]):
        return 0.3
    return 0.0
