"""A sentence telling several named events in parts of their own (4月22日召开"甲"专题协商会,…提出建议46条;
7月15日召开"乙"专题协商会…;9月9日召开"丙"专题协商会): an amount belongs to the event of its own part.
Asked of one event by its name (丙协商会提了多少条建议), an amount told in another event's part does not
answer, though the sentence names the event asked elsewhere.

For: the doubt on a chosen answer (asked_untold.py).  General Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["figure_of_other_part"]

_QUOTED = re.compile(r'"([^"]{2,40})"')
# Holding an event (召开"甲"专题协商会, 举办"乙"论坛): a name quoted after it is another event's.
_HELD = re.compile(r"(?:召开|举办|举行|开展|组织|承办|主办|启动)[^,;。\"]{0,6}$")


def _after(text: str, name: str) -> str:
    """The words right after a quoted name (and any names quoted beside it, and 等): its noun leads them
    ("甲"专题协商会提出… → 专题协商会提出, "甲""乙"等专题 → 专题); empty before a figure or a mark."""
    at = text.find(f'"{name}"')
    after = re.sub(r'^(?:"[^"]*")*等?', "", text[at + len(name) + 2:])
    return re.match(r"[\u4e00-\u9fff]*", after).group(0)


def _same_kind(text: str, name: str, shown: str, asked: str) -> bool:
    """Whether a name quoted in ``text`` is of the noun the one asked is (专题协商会 after both), or, both
    standing bare, ends as it does (甲讲堂, 乙讲堂)."""
    mine, theirs = _after(text, name)[:2], _after(shown, asked)[:2]
    return mine == theirs if mine or theirs else name[-1] == asked[-1]


def _other_event(part: str, name: str, asked: set[str], shown: str) -> bool:
    """Whether a name quoted in ``part`` is another event of the kind asked: held there, or of the same noun."""
    before = part[:part.find(f'"{name}"')]
    return bool(_HELD.search(before)) or any(_same_kind(part, name, shown, other) for other in asked)


def figure_of_other_part(question: str, shown: str, fact: str) -> bool:
    """Whether the question names a quoted name of ``shown`` that the part (between semicolons) telling
    ``fact`` does not, while that part quotes a name of its own."""
    at = shown.find(fact) if fact else -1
    if at < 0 or ";" not in shown:
        return False
    asked = {name for name in _QUOTED.findall(shown) if name in question}
    if not asked:
        return False
    start = shown.rfind(";", 0, at) + 1
    end = shown.find(";", at)
    part = shown[start:end if end >= 0 else len(shown)]
    # (…举办"甲讲堂"5期;先后邀请专家主讲"乙""丙"等专题,听众1100余人次: topics of the event asked, no other event)
    return not any(f'"{name}"' in part for name in asked) and any(
        _other_event(part, name, asked, shown) for name in _QUOTED.findall(part))
