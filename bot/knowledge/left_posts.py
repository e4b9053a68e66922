"""Holders a report says left their post: who holds a post now is not the one written with it
earlier (秘书长吕某带领…) when a sentence of the same report tells that person left (吕某同志于9月
调离某县; 柯某同志不再担任提案委员会主任; 张某同志因年龄原因辞去主任职务).

A verb of leaving the place or the work (调离, 调出, 离任, 退休) leaves every post the person held
there; a verb of leaving one post (不再担任, 辞去, 卸任, 免去) leaves the post it names, so it counts
only when the asked post stands after it in the clause.  A post taken up after the verb (调任县政协
秘书长) is the one held now, not left.

Used by post_holders.py (``_answer_post_holder``); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["ASKS_NOW", "has_left", "may_tell_leaving"]

# Asked who holds the post now (现任秘书长是谁, 现在的主任是哪位).
ASKS_NOW = re.compile(r"现任|现在|目前|如今|当前|眼下")

# The name, then (within its clause) a verb of leaving.  The words between are 同志, a time, a cause.
_LEFT_ALL = r"调离|调出|离任|退休|到龄退休|离开"
_LEFT_ONE = r"不再担任|不再兼任|辞去|卸任|免去"
_CLAUSE_END = "，,。；;！!？?"
_LEAVING = re.compile(f"{_LEFT_ALL}|{_LEFT_ONE}")


def may_tell_leaving(sentence: str) -> bool:
    """Whether a verb of leaving stands in ``sentence``: only such sentences can tell anyone left
    (``has_left`` need read no other)."""
    return _LEAVING.search(sentence) is not None


def has_left(name: str, post: str, sentences: list[str]) -> bool:
    """Whether one of ``sentences`` (a report's) tells that ``name`` left ``post`` (or every post)."""
    for sentence in sentences:
        at = sentence.find(name)
        while at >= 0:
            if _left_here(sentence, at + len(name), post, post in sentence[:at]):
                return True
            at = sentence.find(name, at + 1)
    return False


def _left_here(sentence: str, end: int, post: str, post_before: bool) -> bool:
    """Whether the clause after a name's end tells it left the post (its first verb of leaving); 该职务
    names the post written before the name (原主任晏某同志不再担任该职务)."""
    stop = len(sentence)
    for mark in _CLAUSE_END:
        at = sentence.find(mark, end)
        if 0 <= at < stop:
            stop = at
    clause = sentence[end:stop]
    verb = re.search(rf"({_LEFT_ALL})|({_LEFT_ONE})", clause)
    if verb is None or not re.fullmatch(r"(?:同志|委员)?[^，,。；;]{0,20}", clause[:verb.start()]):
        return False
    rest = clause[verb.end():]
    if re.search(r"(?:调任|改任|升任|转任|任|担任|出任)", clause[:verb.start()]) and post in clause[:verb.start()]:
        return False  # 某同志任秘书长…: the post taken up
    if verb.group(1):
        # 调离某局任秘书长, 调离某局，任秘书长: the post taken up in its clause or the next (not 由某同志任…'s).
        after = sentence[end + verb.end():]
        return not re.match(rf"[^，,。；;]*?(?:[，,](?:改|转|升|调|担|出)?)?(?:任|为)[^，,。；;]{{0,12}}{re.escape(post)}", after)  # 调离某局任秘书长: the post taken up, not left
    return post in rest or (post_before and bool(re.match(r"(?:该|此|上述|这一)职务", rest)))
