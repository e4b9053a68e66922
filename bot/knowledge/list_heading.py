"""A bare list (甲、乙、丙。: names and nothing else) right under a numbered sub-heading of its own
((二)先进集体(8个)) is what that heading says: the heading's words are the list's own, as if written in its
paragraph, not merely told nearby.  A commendation notice writes its lists so (哪几个县区政协被评为先进集体 is
answered by 甲区政协、乙县政协…, the line under (二)…先进集体).  So is a labelled field line's item heading
(2.推进某某工作。 above 前期调研:…, field_lines.py): the line tells of that item.

Used by the answerer (answer.py) when it weighs the words a passage tells.  General Chinese only.
"""

from __future__ import annotations

import re

from .field_lines import item_heading

__all__ = ["heading_of_list"]

# A numbered sub-heading on a line of its own: (二)…, 二、…, 2.… with no sentence in it.
_SUB_HEADING = re.compile(r"^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])[^。;,!?:]{2,40}$")
# Three or more names 、-separated, and nothing else: no verb nor clause around them.
_BARE_LIST = re.compile(r"^(?:[^,;。:!?、\s]{2,30}、){2,}[^,;。:!?、\s]{2,30}。?$")


def heading_of_list(index, p: int) -> str:  # noqa: ANN001 (an index.PassageIndex)
    """The sub-heading passage ``p`` is a bare list under (the passage right before it, in its document), the
    heading of the item whose field line it is, or ''."""
    if item := item_heading(index, p):
        return item
    if p <= 0 or index.passage_doc[p - 1] != index.passage_doc[p] or not _BARE_LIST.match(index.passage_norm[p]):
        return ""
    heading = index.passage_norm[p - 1]
    return heading if _SUB_HEADING.match(heading) else ""
