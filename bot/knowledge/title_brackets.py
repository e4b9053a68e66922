"""A person named in the brackets after a quoted title (“关于…的建议”（医药卫生界，执笔：某某）, 《…》（某某）): those
brackets are the title's byline, so the person's clause is the title with its brackets, not the words after the
last comma inside them.  A question of that person's piece (某某执笔的是哪条信息) is then told in the person's clause.

Used by touched.py (``_person_untold``); general layout only.
"""

from __future__ import annotations

__all__ = ["title_with_brackets"]

_OPEN, _CLOSE = "(（", ")）"
_QUOTE_END = "\"”》"
_QUOTE_START = {"\"": "\"", "”": "“", "》": "《"}


def title_with_brackets(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the quoted title and its brackets holding position ``at``, or None when ``at`` stands in
    no brackets right after a quoted title."""
    opened = max(text.rfind(c, 0, at) for c in _OPEN)
    if opened <= 0 or any(c in text[opened:at] for c in _CLOSE) or text[opened - 1] not in _QUOTE_END:
        return None
    closed = min((i for i in (text.find(c, at) for c in _CLOSE) if i >= 0), default=-1)
    if closed < 0:
        return None
    start = text.rfind(_QUOTE_START[text[opened - 1]], 0, opened - 1)
    return (start if start >= 0 else 0), closed + 1
