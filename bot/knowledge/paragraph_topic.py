"""A sentence with no subject of its own goes on about what its paragraph named before it.

A paragraph names its thing in a short lead (一是《某政协》杂志提质扩面。《某政协》杂志为双月刊，全年出版6期…) and then
tells its figures in sentences opening with a time alone (全年刊发各类稿件412篇、约96万字): the thing is their
subject, though they do not write it. A question naming it (杂志全年刊发了多少篇稿件, 杂志大概多少字) is about
them as much as about a sentence that writes it, and more than about one with a subject of its own (全市政协系统
…共刊发稿件1286篇) whose paragraph names the thing only in passing.

Used for amounts by answer.py (how much of the question a sentence covers) and the fact reader (reading.py: whether the
amount's clause names what is asked); general Chinese only.
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["carried_share", "carried_words"]

# The paragraph's lead: a short sentence of no figure naming its thing (一是《某政协》杂志提质扩面。, 二是视频号从无到有。).
_LEAD = re.compile(r"^[^\d,，;；]{2,24}[。!！]?$")
# A sentence opening with a time alone, then a verb of the work reported (全年刊发…, 年内召开…, 全年共编印…).
# The time may be left out (二是深化"委员讲堂"进校园。组织…委员走进中小学，开展…讲座86场): the verb opens it, no subject.
_TIME_ALONE = re.compile(r"^((?:全年|年内|当年|同年|年底前)(?:共|共计|累计|先后)?)?(?:刊发|刊登|出版|发行|编印|编发|编辑|印发|推送|发布|"
                         r"播出|播发|举办|召开|开展|组织|收到|接待|办理|完成|发放)")
# …unless a subject follows the time (全年全市政协系统…, 全年我们…, 全年各县区…).
_OWN_SUBJECT = re.compile(r"^(?:全年|年内|当年|同年|年底前)(?:全[市县区省国]|[市县区省]政协|我们|我[市县区]|各)")


def carried_words(sentences: Sequence[str], s: int, words: Sequence[Sequence[str]]) -> set[int]:
    """The indices of ``words`` (each a term's equivalents) that sentence ``s`` of a paragraph does not write
    but carries from the paragraph's lead (its first sentence, short and of no figure), as its subject; none when
    it has a subject of its own or the paragraph opens with no lead."""
    opening = _TIME_ALONE.match(sentences[s]) if s > 0 else None
    if not opening or _OWN_SUBJECT.match(sentences[s]) or not _LEAD.match(sentences[0]):
        return set()
    if not opening.group(1) and s > 1:
        return set()  # a verb opening with no time carries the lead only right after it (组织… after 二是深化…。)
    return {n for n, equivalents in enumerate(words)
            if not any(e in sentences[s] for e in equivalents) and any(len(e) >= 2 and e in sentences[0] for e in equivalents)}


def carried_share(sentences: Sequence[str], s: int, terms: Sequence, total_weight: float) -> float:  # terms: the question's Terms
    """How near to an amount of sentence ``s`` the question's words carried from the lead stand: they are the subject of
    every clause of a sentence with none of its own (二是深化"某讲堂"进校园。组织…委员走进中小学，开展…讲座86场), so each
    counts as a word of the amount's clause would at a little distance (0.6 of its weight); 0 when none is carried."""
    carried = carried_words(sentences, s, [t.equivalents for t in terms])
    return 0.6 * sum(terms[n].weight for n in carried) / (total_weight or 1.0)
