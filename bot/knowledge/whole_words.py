"""The words a breakdown's whole is written with (撰写读书心得47篇，其中8篇…; 引进项目7个，总投资23.5亿元，其中…):
whether a question asks the whole by them, and whether a part only repeats the whole's noun.

Used by ``not_the_asked_part`` (breakdowns.py), which decides whether a total or one of its items answers.
"""

from __future__ import annotations

import re

from .facts import find_quantities

__all__ = ["COUNTED_NOUN", "before_figure", "longest", "repeats_whole", "whole_by_its_own_words", "whole_by_unlisted_words"]


def longest(kind: tuple[str, ...], text: str) -> int:
    """The length of the longest of the equivalents written in the text (0 when none is)."""
    return max((len(e) for e in kind if e in text), default=0)


# How far before a total's figure the noun it counts is looked for (撰写读书心得47篇: 读书 and 心得).
COUNTED_NOUN = 6


def repeats_whole(kind: tuple[str, ...], counted: str, items) -> bool:
    """Whether the total's counted noun writes the kind and no item a longer equivalent of it (优秀读书心得 repeats
    读书心得47篇's noun; 市政协委员62名 under 委员38名 names a narrower set, which tells its item)."""
    own = max((len(e) for e in kind if len(e) >= 2 and e in counted), default=0)
    return own > 0 and all(longest(kind, item) <= own for item in items)


def before_figure(clause: str) -> str:
    """A total's clause up to the figure it ends with (委员撰写读书心得 of 委员撰写读书心得47篇); "" when it ends with none."""
    found = find_quantities(clause)
    return clause[:found[-1].start] if found and found[-1].end == len(clause) else ""


def whole_by_its_own_words(question: str, kinds: list[tuple[str, ...]], items, before: str) -> bool:
    """Whether the question's words, as it writes them, are all written before the breakdown, and some of
    them in none of its items (a word's equivalents would find 建成 for 新建, 推送 for 刊登)."""
    if any(len(name) >= 2 and name in before for name in (re.split(r"\d", item, maxsplit=1)[0] for item in items)):
        return False  # the whole lists its items' kinds (宣讲和观摩活动19次，其中宣讲11次、观摩8次): the items decide
    written = [[e for e in kind if e in question] or list(kind) for kind in kinds if kind]
    return bool(written) and all(any(e in before for e in words) for words in written) and \
        any(not any(e in item for e in words for item in items) for words in written)


def whole_by_unlisted_words(question: str, kinds: list[tuple[str, ...]], items, before: str) -> bool:
    """Whether, of a breakdown of one item (甲平台采用稿件52篇，其中被乙平台采用3篇), the question writes a piece
    of the whole's own words its item lacks that is no word of its terms (甲: a place's name, dropped from them), and
    none of the item's that the whole lacks (乙): the whole is asked, its part narrows it by what is not."""
    if len(items) != 1 or not before:
        return False
    item = items[0]
    if any(e in item and not any(e in before for e in kind) for kind in kinds for e in kind):
        return False  # the question writes the item's own word
    pairs = {question[i:i + 2] for i in range(len(question) - 1)}
    return any(re.fullmatch(r"[\u4e00-\u9fff]{2}", pair) and pair in before and pair not in item
               and not any(pair in e for kind in kinds for e in kind) for pair in pairs)  # (a term's word: the kinds decide)
