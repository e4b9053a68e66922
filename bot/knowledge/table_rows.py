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


# A table laid out in columns of spaces (产品　　直播场次　　销售额, then 某某红心柚　　21场　　486万元), after
# the layout's runs of spaces have become one space (documents.py, ``_lines``): cells of words and figures, no prose.
_SPACED_ROW = re.compile(r"[^\s，,。；;：:！!？?]+(?: [^\s，,。；;：:！!？?]+){2,}")


def _cells(line: str) -> list[str]:
    if re.search("[｜|]", line):
        return _CELL_SEPARATOR.split(line.strip().strip("｜|"))
    return line.strip().split(" ") if _SPACED_ROW.fullmatch(line.strip()) else []


def _is_header(cells: list[str]) -> bool:
    return len(cells) >= 3 and all(cell and not re.search(r"\d", cell) for cell in cells)


def rows_as_sentences(lines: list[str]) -> list[str]:
    """The lines, each table row under a header written as a sentence; other lines as they are."""
    out: list[str] = []
    header: list[str] | None = None
    for line in lines:
        cells = _cells(line)
        if _is_header(cells):
            header = cells
            out.append(line)
            continue
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
