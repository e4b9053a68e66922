"""The items of a sentence's lists and their names: each figure ending an item of a list split at
、，；： (其中城关镇1350个、东岭镇12个 → 城关镇, 东岭镇), its name the words before it, without the words
leading into the list (其中, 包括) or linking the name to its figure (为, 有, 达), or the label in
brackets ending them (已被采纳的(A类)163件 → A类).  A clause telling how the item before changed, or its
share (比上年增加8件, 占25.3%), is that item's, no item of its own; a bracket of figures after a total
(8名(九三学社5名、民盟2名)) is a list of its own.

Read, whatever the question, by breakdowns.py (a total and its parts), named_items.py (the item a
question names), ranked_lists.py and named_measure.py.  General Chinese only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .facts import Quantity, find_quantities

__all__ = ["DESCRIBES_ITEM", "bracket_lists_opened", "item_name", "listed_names", "listed_names_kept"]

# A clause telling how an item's figure changed, or its share (比上年增加8件, 占立案总数的25%): no item of its own.
# So does a change verb alone before a figure (，增长76.7%): the change of the figure before, no item's name.
DESCRIBES_ITEM = re.compile(r"(?:比|较|同比|占)(?:上1?年|去年|同期|[\u4e00-\u9fff]{0,8}的?\d)|"
                             r"(?:增长|增加|提高|提升|上升|下降|减少|降低)了?\d")

# Words leading into an item's name or linking it to its figure (其中，县妇联3件; 芦荡镇为88.2%).
_ITEM_LEAD = re.compile(r"^[,，:：]*(?:其中|包括)?[,，:：]*")
# The words linking an item's name to its figure, with an adverb before them (东坝镇仅有4名, 芦湾镇则为9名).
_ITEM_LINK = re.compile(r"(?:(?:仅|只|才|还|也|均|则)?(?:的|为|是|有|共|达|达到|占))+$")

_PIECE = re.compile(r"[^,，;；、:：。]+")
_LABEL = re.compile(r"[(（]([^()（）]{1,8})[)）]$")  # 已被采纳的(A类)163件: the label names the item


def listed_names(sentence: str, answers: Callable[[Quantity], bool], labels: bool = True) -> dict[int, str]:
    """Each figure ending an item of the sentence's lists (split at 、，；：), by its start: its item's
    name, the words before it (其中城关镇1350个 → 城关镇; 已被采纳的(A类)163件 → A类; its share after
    it, 占67.6%, is the same item's)."""
    names, before = {}, ""
    for start, piece, found, describes, end in _pieces(sentence):
        if not found:  # a piece of no figure names no item, and ends the item before unless it describes it
            before = before if describes else ""
            continue
        figures = [x for x in found if answers(x)]
        if before and describes:
            for figure in figures:  # 70件，比上年增加8件(上年为62件): the change and the base are the item's too
                names[start + figure.start] = before
            continue
        previous, before = before, item_name(piece[:found[0].start], labels)
        if len(figures) != 1 or figures[0].end != end:
            continue
        own = piece[:figures[0].start]
        name = item_name(own, labels)
        if not name and own.startswith("占"):
            name = previous  # (B类)61件，占25.3%: the share is the item's before it
        if len(name) >= 2 and not _DIGIT.search(name):
            names[start + figures[0].start] = name
    return names


_DIGIT = re.compile(r"\d")


def listed_names_kept(kept: dict | None, key: object, sentence: str, answers: Callable[[Quantity], bool],
                      labels: bool = True) -> dict[int, str]:
    """``listed_names``, kept in ``kept`` (a question's own dict; None keeps nothing) by the sentence, ``key`` and
    ``labels``, for a caller whose ``answers`` depends only on the question and ``key`` (the figure's unit: every
    figure of a sentence read closely asks it again).  The names are read, never changed."""
    if kept is None:
        return listed_names(sentence, answers, labels)
    found = kept.get((sentence, key, labels))
    if found is None:
        found = kept[(sentence, key, labels)] = listed_names(sentence, answers, labels)
    return found


@lru_cache(maxsize=1 << 15)  # asked for each figure of each sentence read closely, for every question
def _pieces(sentence: str) -> tuple[tuple[int, str, tuple[Quantity, ...], bool, int], ...]:
    """The sentence's list pieces (split at 、，；：) as listed_names reads them, whatever the question:
    each piece's start, text, figures, whether it describes the item before it, and its end unpadded."""
    return tuple((piece.start(), piece.group(), tuple(find_quantities(piece.group())),
                  bool(DESCRIBES_ITEM.match(piece.group())), len(piece.group().rstrip()))
                 for piece in _PIECE.finditer(bracket_lists_opened(sentence)))


# A bracket right after a figure that holds a list of figures (民主党派成员8名(九三学社5名、民盟2名)): its breakdown.
_BRACKET_LIST = re.compile(r"[(（]([^()（）]*\d[^()（）]*、[^()（）]*\d[^()（）]*)[)）]")
_FIGURE_END = re.compile(r"\d[\d.]*[余多]?[万亿千百]?[\u4e00-\u9fff]{1,3}$")


@lru_cache(maxsize=1 << 12)
def bracket_lists_opened(sentence: str) -> str:
    """The sentence with the brackets of a breakdown written after its total (8名(九三学社5名、民盟2名、农工党1名))
    turned into commas, of the same length: the items are a list of their own, not pieces of the total's clause."""
    def opened(match: re.Match) -> str:
        if not _FIGURE_END.search(sentence, 0, match.start()):
            return match.group()
        return "," + match.group(1) + ","
    return _BRACKET_LIST.sub(opened, sentence)


@lru_cache(maxsize=1 << 16)
def item_name(lead: str, labels: bool = True) -> str:
    """An item's name from the words before its figure: without the words leading into it or linking
    it to the figure, or the label in brackets ending them (已被采纳的(A类) → A类; all its words without ``labels``)."""
    name = _ITEM_LINK.sub("", _ITEM_LEAD.sub("", lead))
    label = _LABEL.search(name) if labels else None
    return label.group(1) if label else name
