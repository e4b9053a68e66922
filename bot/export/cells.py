"""The one formula guard for every XLSX the bot writes: text cells are stored as text.

A spreadsheet runs a cell that *is a formula*; text that merely starts with = + - @ is harmless
once it is stored as a string cell. So every writer stores text as a string — xlsxwriter's
`write_string`, openpyxl with the cell's data type forced to 's' — and the text stays exactly
as the person typed it ("+86 138…", "=1+1"), without the visible apostrophe an older guard added.

Also here: what XML (and so XLSX) cannot carry, and Excel's limit on a cell. CSV has no cell
types; it keeps its quote prefix (bot/export/records.py `neutralise`).

Used by bot/export/xlsx.py (xlsxwriter), bot/events/attendance_sheet.py and
bot/broadcasts/report.py (openpyxl).
"""

from __future__ import annotations

import re
from typing import Iterable

MAX_CELL = 32767         # Excel's limit on the characters of one cell

# Characters XML 1.0 cannot carry (XLSX and DOCX are XML): C0 controls except tab, LF, CR,
# lone surrogates (they cannot even be encoded as UTF-8) and the two non-characters.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def cell_text(value: object) -> str:
    """XML-safe, line breaks as Excel keeps them in a cell (LF; a bare CR would be stored as the escape
    _x000D_), cut to Excel's limit. Nothing is added: the guard is the string type, not the text."""
    text = xml_safe(str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return text[:MAX_CELL]


def write_text(sheet, row: int, col: int, value: object, fmt=None) -> None:  # noqa: ANN001 (xlsxwriter)
    """An xlsxwriter cell stored as a string, whatever it starts with."""
    sheet.write_string(row, col, cell_text(value), fmt)


def as_text(cell) -> None:  # noqa: ANN001 (an openpyxl cell)
    """Mark an openpyxl cell holding a str as a string cell (openpyxl would store "=…" as a formula)."""
    if isinstance(cell.value, str):
        cell.value = cell_text(cell.value)
        cell.data_type = "s"


def append_row(sheet, values: Iterable[object]) -> None:  # noqa: ANN001 (an openpyxl worksheet)
    """openpyxl's `append`, with every text value stored as a string cell."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        as_text(cell)
