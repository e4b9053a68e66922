"""A table written as text, its cells parted by ｜ or | (县（区）｜农村人口｜自来水普及率, then 泓口区｜18.6万人｜99.2%),
or laid out in columns of spaces:
each row is read as the sentence it stands for, every amount after its column's name
(泓口区：农村人口18.6万人，自来水普及率99.2%。), so a question on one place's figure finds it as it
finds one written in prose.

A header is a line of three or more cells none of which holds a digit; the rows under it are the lines
with as many cells, up to the first line that has not.  The header's first cell names what the rows
are (县（区）, 单位), so it is not written before the row's own first cell.

For: the blocks a document is read in (documents.py, ``_blocks``).
"""

from __future__ import annotations

import re

__all__ = ["rows_as_sentences"]

_CELL_SEPARATOR = re.compile(r"\s*[｜|]\s*")


def _cells(line: str, spaced: bool = False) -> list[str]:
    """The line's cells: parted by ｜, or (``spaced``) by the gaps of a table laid out in columns."""
    if re.search("[｜|]", line):
        return _CELL_SEPARATOR.split(line.strip().strip("｜|"))
    return line.split(" ") if spaced and _SPACED_ROW.fullmatch(line) else []


# A table laid out in columns (产品　　直播场次　　销售额, then 甲茶　　14场　　312万元; the gaps are one space once
# the lines are read): short cells of words or amounts, no punctuation.
_SPACED_ROW = re.compile(r"[\u4e00-\u9fff\d.%（）()]{1,12}(?: [\u4e00-\u9fff\d.%（）()]{1,12}){2,}")
# A row's cell below a spaced header holds an amount (14场, 312万元, 21.5%), nothing else.
_AMOUNT_CELL = re.compile(r"\d+(?:\.\d+)?[\u4e00-\u9fff%]{0,3}")


def _is_header(cells: list[str]) -> bool:
    return len(cells) >= 3 and all(cell and not re.search(r"\d", cell) for cell in cells)


def rows_as_sentences(lines: list[str]) -> list[str]:
    """The lines, each table row under a header written as a sentence; other lines as they are."""
    out: list[str] = []
    header: list[str] | None = None
    spaced = False  # the header was laid out in columns: only rows of amounts under it
    for line in lines:
        cells = _cells(line, spaced=header is None or spaced)
        if _is_header(cells):
            header, spaced = cells, "｜" not in line and "|" not in line
            out.append(line)
            continue
        if spaced and not all(_AMOUNT_CELL.fullmatch(cell) for cell in cells[1:]):
            cells = []  # the prose after the table
        if header is None or len(cells) != len(header) or not all(cells):
            header = None
            out.append(line)
            continue
        told = "，".join(_cell(name, value) for name, value in zip(header[1:], cells[1:]) if not _EMPTY.fullmatch(value))
        out.append(f"{cells[0]}：{told}。")
    return out


# A column's unit in brackets after its name (提案（件）, 应出席（人次）): a bare number under it is counted in it.
_UNIT_IN_NAME = re.compile(r"(.+?)[（(]([\u4e00-\u9fff%‰]{1,3})[)）]")
# A cell telling nothing (—, -, /): no figure to write.
_EMPTY = re.compile(r"[—－\-/／]+")


def _cell(name: str, value: str) -> str:
    """A cell written after its column's name, with the column's unit (提案（件）｜68 → 提案68件)."""
    unit = _UNIT_IN_NAME.fullmatch(name)
    if unit and re.fullmatch(r"\d+(?:\.\d+)?", value):
        return f"{unit.group(1)}{value}{unit.group(2)}"
    return f"{name}{value}"
