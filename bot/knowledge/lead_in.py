"""The items a paragraph introduces: a sentence closing its paragraph before paragraphs numbered 一是, 二是 …
or （一）, （二） … (重点做好以下工作：, 有了更加深刻的认识和体会。) tells no answer of its own to 有哪几方面,
第一条是啥; the items' heads are what it introduces, so they are shown after it.

Used by rendering.py (``Renderer.fact_and_sentence``) for a what-answer that is a whole sentence; general
Chinese only (the ordinals reports number their paragraphs with).
"""

from __future__ import annotations

import re

__all__ = ["MOST_ITEMS", "ORDINAL", "introduced_items", "items_within", "ordinal_place"]

_NUMERALS = "一二三四五六七八九十"
# The ordinal a numbered paragraph opens with, and which place it is: 一是 / （一） / 1. / 一、
ORDINAL = re.compile(r"^(?:([一二三四五六七八九十]{1,2})是|[（(]([一二三四五六七八九十]{1,2}|\d{1,2})[）)]|(\d{1,2})[.．、]|([一二三四五六七八九十]{1,2})、)")
_HEAD_END = re.compile(r"[。；;：:！!？?]")
# Where an item within a paragraph may begin: after a sentence's end, a semicolon or a colon (…工作法：一是…；二是…).
_ITEM_START = re.compile(r"(?<=[。；;：:！!？?])")
_LONG_HEAD = 30  # a head running on past this is cut at its first comma
MOST_ITEMS = 12  # numbered paragraphs read after a lead-in at most


def ordinal_place(found: re.Match) -> int:
    """Which place the ordinal ``ORDINAL`` found stands for (一是 → 1, （十二） → 12)."""
    text = next(g for g in found.groups() if g)
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _NUMERALS.index(text) + 1
    return 10 + (_NUMERALS.index(text[1]) + 1 if text[0] == "十" else 0)


def _head(sentence: str, found: re.Match) -> str:
    rest = sentence[found.end():]
    head = _HEAD_END.split(rest, 1)[0]
    if len(head) > _LONG_HEAD:
        head = re.split(r"[，,]", head, 1)[0]
    return head.strip()


def introduced_items(paragraphs: list[list[str]]) -> list[str]:
    """The heads of the numbered paragraphs that follow a sentence closing its paragraph (``paragraphs``:
    the sentences of each paragraph after it, in order, within its section), from the first (一是, （一）)
    while they number on; none unless there are two or more."""
    items: list[str] = []
    for sentences in paragraphs[:MOST_ITEMS]:
        found = ORDINAL.match(sentences[0]) if sentences else None
        if found is None or ordinal_place(found) != len(items) + 1:
            break
        head = _head(sentences[0], found)
        if not head:
            break
        items.append(head)
    return items if len(items) >= 2 else []


def items_within(sentences: list[str]) -> list[str]:
    """The heads of the items numbered within one paragraph (``sentences``, in order), each opening a sentence
    or a clause after a semicolon or colon (…推行"某某工作法"：一是甲，…；二是乙，…; 一是必须坚持甲。…二是…),
    in order from the first while they number on; other sentences between them are skipped. None unless two or
    more."""
    items: list[str] = []
    for piece in _ITEM_START.split("".join(sentences)):
        found = ORDINAL.match(piece.strip())
        if found is None:
            continue
        if ordinal_place(found) != len(items) + 1:
            break
        head = _head(piece.strip(), found)
        if not head:
            break
        items.append(head)
        if len(items) >= MOST_ITEMS:
            break
    return items if len(items) >= 2 else []
