"""Another dated event's figure: a paragraph telling one event a sentence, each opened by its month or day (3月,
开展首场网络议政…参与委员238人。6月24日,以"某河流域生态保护"为主题开展远程协商…).  A question naming the
event by words only another such sentence writes (某河远程协商有多少委员参加) is not answered by the figure
of the event the chosen sentence opens with its own date: that sentence is about another event.

A sentence that opens with no date carries on the event before it (…开展远程协商。参会委员86人。), so only a
dated sentence chosen is doubted, and only when another dated sentence of the paragraph writes more of the
question's words (the river and the 远程协商 asked, where the chosen one writes only 委员).

Used by the doubts on a chosen answer (doubted_next.py, ``doubt_of``); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["other_dated_event"]

# A sentence opening on its own event's time (3月, 6月24日, 11月上旬); a year alone dates no one event.
_DATED = re.compile(r"^(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}[日号])?(?:上旬|中旬|下旬|初|底|中)?(?:[,，]|份)")


def other_dated_event(words: list[str], sentences: list[str], s: int) -> bool:
    """Whether sentence ``s`` opens with its own date and another dated sentence of the paragraph (``sentences``)
    writes more of the question's ``words`` than it does, among them some it does not write."""
    shown = sentences[s]
    if not _DATED.match(shown):
        return False
    own = sum(w in shown for w in words)
    return any(i != s and _DATED.match(other) and sum(w in other for w in words) > own
               and any(w in other and w not in shown for w in words) for i, other in enumerate(sentences))
