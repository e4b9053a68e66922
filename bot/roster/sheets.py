"""The roster's XLSX files for staff: the invite links (姓名, 手机, 链接) and the roster with who joined.

Written with openpyxl through the one formula guard (bot/export/cells.py): a name or a unit
that begins with = stays text. Returned as bytes: the files are small (a few hundred rows).
"""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

from bot import texts
from bot.export.cells import as_text
from bot.roster.service import LinkRow, RosterOverview, RosterPerson


def _book(title: str, header: tuple[str, ...], widths: tuple[int, ...]):  # noqa: ANN202
    # openpyxl costs ~30 MB of RSS: loaded when a sheet is made, not by every process at start.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = title
    _append(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for i, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    return book, sheet


def _append(sheet, values: tuple) -> int:  # noqa: ANN001
    """openpyxl's append with every text stored as a string cell (bot/export/cells.py); the new row's
    number. (cells.append_row finds the row by `max_row`, a scan of every cell: quadratic over a roster.)"""
    sheet.append(list(values))
    row = sheet._current_row  # noqa: SLF001 - openpyxl's own counter of the appended row
    for column in range(1, len(values) + 1):
        as_text(sheet.cell(row=row, column=column))
    return row


def _bytes(book) -> bytes:  # noqa: ANN001
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def links_xlsx(rows: list[LinkRow]) -> bytes:
    book, sheet = _book(texts.ROSTER_LINKS_SHEET, texts.ROSTER_LINKS_HEADER, (12, 16, 60))
    for row in rows:
        _append(sheet, (row.name, row.phone or "", row.link))
    return _bytes(book)


def reach_label(person: RosterPerson) -> str:
    if person.telegram_id is None:
        return texts.ROSTER_REACH_NONE
    if person.blocked_bot:
        return texts.ROSTER_REACH_BLOCKED
    return texts.ROSTER_REACH_OK if person.chat_started else texts.ROSTER_REACH_NOT_STARTED


def roster_xlsx(overview: RosterOverview, tz: ZoneInfo) -> bytes:
    book, sheet = _book(texts.ROSTER_EXPORT_SHEET, texts.ROSTER_EXPORT_HEADER,
                        (10, 14, 22, 14, 24, 14, 10, 18, 22, 10, 14))
    for p in overview.people:
        joined = _local(p.joined_at, tz)
        row = _append(sheet, (p.name, p.sector or "", p.committee or "", p.phone or "", p.unit or "", p.title or "",
                           texts.ROSTER_STATE_NAMES[p.state], joined or "", reach_label(p),
                           texts.ROSTER_ON_LIST if p.on_roster else texts.ROSTER_OFF_LIST,
                           str(p.telegram_id) if p.telegram_id else ""))
        if joined:
            sheet.cell(row=row, column=8).number_format = "yyyy-mm-dd hh:mm"
    sheet.auto_filter.ref = sheet.dimensions
    return _bytes(book)


def _local(when: datetime | None, tz: ZoneInfo) -> datetime | None:
    """A real Excel date-time in the committee's zone (Excel keeps no zone)."""
    return when.astimezone(tz).replace(tzinfo=None) if when else None
