"""Items of an enumeration that write their figure first and their name after it.

Breakdowns name their items before the figure (民盟21件、民建19件) or after it, each item a figure and
what became of it: 其中58件转为委员意见建议、16件转为社情民意信息; 已落实11件、4件正在推进. In the
second shape an item's name is the words after its figure, up to the next item; read before the figure,
every name but the first would be empty and the list would name nothing the question could point at.

Used by breakdowns.py (``_enumeration``).
"""

from __future__ import annotations

import re

__all__ = ["names_after_figures"]

# A figure opening an item (58件, 16件): digits and the measure word after them.
_OPENING_FIGURE = re.compile(r"^\d[\d.]*[余多]?[万亿千百]?[\u4e00-\u9fff]?")


def names_after_figures(parts: list[str], figures: list[str]) -> list[str] | None:
    """The items' names read after their figures (``figures``: the text of each item's figure, in the
    order of ``parts``), when every item after the first opens with its figure and says something after it;
    None when the list names its items before their figures."""
    if len(parts) < 2 or any(not part.startswith(figure) for part, figure in zip(parts[1:], figures[1:])):
        return None
    names = []
    for part, figure in zip(parts, figures):
        at = part.find(figure)
        names.append(part[at + len(figure):] if at >= 0 else "")
    if not all(re.search(r"[\u4e00-\u9fff]{2}", name) for name in names):
        return None  # 12件、8件和5件: figures alone, no name after them either
    return names
