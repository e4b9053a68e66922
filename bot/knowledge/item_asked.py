"""The one item of a list a question asks, named whole or by a short form of its name.

A report lists the bodies that did something with a figure each (其中甲党县总支9件、乙党县总支8件、
…、县青联3件), often right after the total of them all, written as the bodies joined
(各民主党派县级组织和县青联提交的党派提案36件).  A member asks one body's count by the name the
member uses: whole (县青联提交了几件), or short, without the place the report writes inside the
name (乙党市委 for 乙党某某市委) or by its first word only (乙党交了多少件 for 乙党某某县总支8件).

The item asked is the one whose name the question writes whole, or else the one item whose name
starts with a word of the question no other item's name starts with.  The total
the list breaks down is no item of it: its clause names the bodies together (…和县青联提交的…36件),
so a question writing one body's name is not written "as a piece of" the total's name.

Read by ``FigureChoice`` (figures.py) where breakdowns.named_item finds no item: 1 for the figure
of the item asked, -1 for another item's figure of that list, 0 otherwise.  General Chinese only.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .breakdowns import _writes_name, breakdown_role, listed_names
from .facts import Quantity, find_quantities

__all__ = ["asked_item"]

_BRACKETS = re.compile(r"[(（]([\u4e00-\u9fff、]{1,4})[)）]")


def asked_item(question: str, words: Sequence[str], sentence: str, quantity: Quantity,
               answers: Callable[[Quantity], bool]) -> int:
    """1 when the figure ends the list item the question asks (named whole, or by the short forms above
    through one of ``words``, the question's telling terms, most telling first), -1 when it ends another
    item of that list, 0 when no one item is asked or the figure ends no item."""
    like = lambda x: answers(x) and x.unit == quantity.unit  # noqa: E731 - items of one measure word
    figures = {x.start: x for x in find_quantities(sentence)}
    # The total a breakdown follows is not one of its items (各…和县青联提交的党派提案36件，…，其中…).
    items = {at: name for at, name in listed_names(sentence, like).items()
             if at not in figures or breakdown_role(sentence, figures[at])[0] != "total"}
    # Names read whole, their bracket kept (街道(镇)9个; the items' reading takes (镇) for a label).
    bracketed = {at: name for at, name in listed_names(sentence, like, labels=False).items() if _BRACKETS.search(name)}
    asked = {at for at, name in items.items() if _writes_name(question, name, items.values())}
    for form in (r"\1", ""):  # 街道镇 or 街道 for 街道(镇): a name's bracketed part written plainly, or left out
        plain = {at: _BRACKETS.sub(form, name) for at, name in bracketed.items()}
        if not asked:
            asked = {at for at, name in plain.items() if _writes_name(question, name, list(plain.values()) + list(items.values()))}
            items.update({at: bracketed[at] for at in asked})
    if len(items) < 2:
        return 0
    if not asked:
        asked = _short_named(question, words, items)
    if len({items[at] for at in asked}) != 1:
        return 0
    if quantity.start in asked:
        return 1
    return -1 if quantity.start in items else 0


def _short_named(question: str, words: Sequence[str], items: dict[int, str]) -> set[int]:
    """The item whose name starts with a word of the question that no other item's name starts with
    and whose rest is shared with another item (民革 of 民革某某县总支 among 民盟某某县支部, 民进某某县支部 …:
    the place the member leaves out). ``words`` come most telling first; the
    first that singles out an item names it.  (Not a word a name ends with: 座谈会 ends 对口座谈会 and is
    the head of 专题座谈会 too, written with its bound after it.)"""
    names = set(items.values())
    for word in words:
        if len(word) < 2 or not _writes_name(question, word, names):
            continue  # (中共党员 of 非中共党员委员 is a piece of another item's name: not the word asked)
        # What the name writes after the word is written in another item too (民盟某某县支部 and 民革某某县总支
        # share 某某县, the place): a name a member shortens (调解成功 is no short name of anything: 成功 is its own).
        holders = [name for name in names if name.startswith(word) and len(name) >= len(word) + 2
                   and any(name[len(word):len(word) + 2] in other for other in names if other != name)]
        if len(holders) == 1:
            return {at for at, name in items.items() if name == holders[0]}
    return set()
