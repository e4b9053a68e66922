"""A publication asked by its everyday kind (报纸叫什么, 那份杂志叫啥名), and the names the documents quote of that kind:
a newspaper's name ends in 报 (《某某报》, 《某某日报》), a magazine's in 杂志 or 刊 (《某某》杂志 aside, 《某某月刊》).
The question's word is never written beside the name, so the names stand for it as its equivalents (question_terms.py).

Not for a series of reports (建言专报, 简报, 通报, 快报, 年报): those end in 报 but are no newspaper.  General Chinese
only; the names are the documents' own quoted words (vocabulary.learn_quoted).
"""

from __future__ import annotations

import re

__all__ = ["names_of_kind"]

# The everyday word for a kind of publication, and what a name of that kind ends with.
_KIND_ENDS = {
    "报纸": re.compile(r"(?<!专|简|通|快|汇|情|公|年|月|季|周|预|申|上|呈|函|喜|捷|海)报$"),
    "杂志": re.compile(r"(?:杂志|月刊|季刊|双月刊|半月刊|期刊)$"),
    "刊物": re.compile(r"(?:杂志|月刊|季刊|双月刊|半月刊|期刊)$"),
}
# The fewest characters before the kind's ending: a place at least (某某报).
_NAME_BEFORE = 2


def names_of_kind(word: str, quoted_words) -> tuple[str, ...]:  # noqa: ANN001 - the index's quoted words
    """The quoted names of the publication kind ``word`` names (报纸 → 某某报), longest first; () for any other word."""
    ends = _KIND_ENDS.get(word)
    if ends is None:
        return ()
    found = {name for name in quoted_words if (m := ends.search(name)) and m.start() >= _NAME_BEFORE}
    return tuple(sorted(found, key=lambda name: (-len(name), name)))
