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

Two readings, both read by ``FigureChoice`` (figures.py): ``named_item``, the item whose own name the
question writes whole among a list's like figures; and, where it finds none, ``asked_item``, which also
takes the short forms above and keeps a breakdown's total out of the items.  Each gives 1 for the figure
of the item asked, -1 for another item's figure of that list, 0 otherwise.  The items and their names
are read by list_names.py.  General Chinese only.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .breakdowns import breakdown_role
from .facts import Quantity, find_quantities
from .list_names import listed_names_kept
from .normalize import find_apart

__all__ = ["asked_item", "named_item"]

_BRACKETS = re.compile(r"[(（]([\u4e00-\u9fff、]{1,4})[)）]")


def named_item(question: str, sentence: str, quantity: Quantity, answers: Callable[[Quantity], bool],
               kept: dict | None = None) -> int:
    """1 when the figure ends an item of a list of like figures (a breakdown after 其中, an
    enumeration by 、, ， or ；) whose own name the question writes whole, and no other item's:
    团县委交了几件 → 团县委2件, not the 人民团体共提交8件 the 团县委 is listed in; 城关镇新增学位几个 →
    其中城关镇1350个, though the question's other words stand in the total's clause. -1 when it ends
    another item of such a list (the first item's words leading into the list, 教科卫体委员会联系委员
    的立案提案71件，经济和科技委员会62件, are every item's); 0 otherwise."""
    # Items of one measure word (立案241件，转为意见建议27件), not deeds of unlike outcomes (提出建议37条，解决问题16个).
    # (``kept``: the names kept by the figure's unit, for ``answers`` depending on the question alone: list_names.py)
    names = listed_names_kept(kept, ("unit", quantity.unit), sentence, lambda x: answers(x) and x.unit == quantity.unit)
    if len(names) < 2 or quantity.start not in names:
        return 0
    asked = [at for at, name in names.items() if _writes_name(question, name, names.values())]
    if len({names[at] for at in asked}) != 1:
        return 0
    return 1 if quantity.start in asked else -1  # (each figure of the item: its change and base are its own too)


def _writes_name(question: str, name: str, names) -> bool:  # noqa: ANN001 - the list's names
    """Whether the question writes an item's name whole, not as a piece of another item's (立案 in
    不予立案的提案有多少件 is the 不予立案转作…50件's, not 立案602件; 视察 in 视察调研总共多少次 is the
    开展视察调研41次's, not the 其中视察15次 that breaks it down: a name runs on either side)."""
    for at in find_apart(question, name):
        end = at + len(name)
        before = question[at - 1] + name if at else ""
        after = name + question[end] if end < len(question) else ""
        if not any(piece and piece in other for other in names if other != name for piece in (before, after)):
            return True
    return False


def asked_item(question: str, words: Sequence[str], sentence: str, quantity: Quantity,
               answers: Callable[[Quantity], bool], kept: dict | None = None) -> int:
    """1 when the figure ends the list item the question asks (named whole, or by the short forms above
    through one of ``words``, the question's telling terms, most telling first), -1 when it ends another
    item of that list, 0 when no one item is asked or the figure ends no item."""
    like = lambda x: answers(x) and x.unit == quantity.unit  # noqa: E731 - items of one measure word
    figures = {x.start: x for x in find_quantities(sentence)}
    # The total a breakdown follows is not one of its items (各…和县青联提交的党派提案36件，…，其中…).
    items = {at: name for at, name in listed_names_kept(kept, ("unit", quantity.unit), sentence, like).items()
             if at not in figures or breakdown_role(sentence, figures[at])[0] != "total"}
    # Names read whole, their bracket kept (街道(镇)9个; the items' reading takes (镇) for a label).
    bracketed = {at: name for at, name in listed_names_kept(kept, ("unit", quantity.unit), sentence, like, labels=False).items()
                 if _BRACKETS.search(name)}
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
