"""On a shelf of several reports, whether a report's passage names the month, town, person or joined name a question
asks of.

Read alone, a report answers a question naming a month (4月那次常委会议), a town (双桥镇) or a person by
surname and post (钱县长) from a sentence that does not repeat it: its members ask of their own report, and the
passage around the answer is about the thing they name, or the report has nothing else to tell.  With several
reports loaded, a report whose passage names no such month, town or person is about another meeting, place or
person altogether (58条 of a supervision in a report whose text never says 4月): it is not told.  Where the
passage names some other month or town, asked_untold.neighbour_doubt already doubts the answer in every report.
A name joined by a middle dot (柳溪·白沙镇活动组, "石榴籽·同心行") is one report's own group, campaign or column: a
question naming it is about that report, and asked of a year that report does not tell (去年, in its own frame)
it is not answered by another report's sentence on some other group in that report's frame.
General Chinese only.
"""

from __future__ import annotations

import re

from .asked_untold import MONTH_ASKED, SURNAME_POST, town_names
from .facts import SURNAMES
from .term_match import MONTH_TOLD

__all__ = ["asks_named", "names_asked"]

# The core of a name joined by a middle dot (溪·白沙 of 柳溪·白沙镇活动组): the characters either side of the dot.
_JOINED = re.compile(r"[\u4e00-\u9fff]{1,2}·[\u4e00-\u9fff]{1,2}")


def asks_named(question: str) -> bool:
    """Whether the normalised ``question`` asks of a month, a town, a surnamed person or a joined name."""
    return names_asked(question, "") is False


def names_asked(question: str, passage: str) -> bool:
    """Whether the normalised ``passage`` names each month, town and surnamed person the normalised ``question``
    asks of (True when it asks of none)."""
    if any(joined not in passage for joined in _JOINED.findall(question)):
        return False  # 柳溪·白沙镇活动组 asked, a passage on another group told
    months = set(MONTH_ASKED.findall(question))  # 4月那次常委会议, not 4月以来
    if months and not months & set(MONTH_TOLD.findall(passage)):
        return False
    towns = town_names(question)
    if towns and not any(town in passage for town in towns):
        return False
    person = SURNAME_POST.search(question)  # 钱县长, 郑书记
    return not (person and person.group(1) in SURNAMES and person.group(1) not in passage)
