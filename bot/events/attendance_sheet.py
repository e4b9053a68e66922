"""An event's attendance sheet (签到表) as an XLSX staff print and file: one row per invited member.

Laid out for paper as much as for the screen: a title row naming the event, its type, its time
(北京时间, with the weekday) and place; a bold header, frozen and repeated on every printed page;
界别 and 专委会 beside the name; 签到时间 as a real Excel date-time; an empty 签名 column to sign on
the printed copy; A4 landscape, fitted to the page width. Text is stored as text
(bot/export/cells.py), so a leave reason typed as "=…" is shown as typed and never runs.

The file is named after the event and its date: 签到表_委员座谈会_20261205.xlsx.
Not for: reading the database (bot/events/reading.py gives the rows).
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from typing import Sequence
from zoneinfo import ZoneInfo

from bot import texts
from bot.events.models import AttendanceInfo, EventInfo
from bot.export.cells import append_row
from bot.timeparse import format_when_zoned

# 姓名, 界别, 专委会, 回复, 请假事由, 审批, 签到时间, 签名 (texts.ATTENDANCE_COLUMNS), in characters.
WIDTHS = (12, 16, 18, 8, 30, 8, 18, 18)
TITLE_ROW, HEADER_ROW = 1, 2
TITLE_HEIGHT, HEADER_HEIGHT, ROW_HEIGHT = 40, 22, 26   # points; rows tall enough to sign in
CHECKED_IN_FORMAT = "yyyy-mm-dd hh:mm"
TITLE_LENGTH = 40                                      # of the event title in a file name
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s\x00-\x1f]+')

def attendance_filename(event: EventInfo, tz: ZoneInfo) -> str:
    """签到表_{title}_{yyyymmdd}.xlsx, the title without characters file systems refuse."""
    title = _NOT_IN_FILE_NAMES.sub("", event.title)[:TITLE_LENGTH] or texts.ATTENDANCE_SHEET
    return texts.ATTENDANCE_FILENAME.format(title=title, date=f"{event.starts_at.astimezone(tz):%Y%m%d}")


def title_line(event: EventInfo, tz: ZoneInfo) -> str:
    return texts.ATTENDANCE_TITLE.format(title=event.title, kind=texts.EVENT_KIND_NAMES.get(event.kind, ""),
                                         when=format_when_zoned(event.starts_at, tz), place=event.place or "")


def _local(when: datetime, tz: ZoneInfo) -> datetime:
    """Excel has no zones: the committee's wall time, to the minute (as the bot's lists show it)."""
    return when.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)


def _values(row: AttendanceInfo, tz: ZoneInfo) -> list[object]:
    on_leave = row.answer == "leave"
    return [row.name, row.sector or "", row.committee or "", texts.ANSWER_NAMES.get(row.answer, texts.ANSWER_NONE),
            row.leave_reason or "", texts.LEAVE_DECISION_NAMES.get(row.leave_decision, "") if on_leave else "",
            _local(row.checked_in_at, tz) if row.checked_in_at else None, ""]


def attendance_xlsx(event: EventInfo, rows: Sequence[AttendanceInfo], tz: ZoneInfo) -> bytes:
    # openpyxl costs ~30 MB of RSS: loaded when a sheet is made, not by every process at start.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    book = Workbook()
    sheet = book.active
    sheet.title = texts.ATTENDANCE_SHEET
    last = get_column_letter(len(WIDTHS))

    append_row(sheet, [title_line(event, tz)])
    sheet.merge_cells(f"A{TITLE_ROW}:{last}{TITLE_ROW}")
    sheet.row_dimensions[TITLE_ROW].height = TITLE_HEIGHT
    title = sheet.cell(TITLE_ROW, 1)
    title.font = Font(bold=True, size=14)
    title.alignment = Alignment(vertical="center", wrap_text=True)

    append_row(sheet, texts.ATTENDANCE_COLUMNS)
    sheet.row_dimensions[HEADER_ROW].height = HEADER_HEIGHT
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE5F0")
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = box

    for row in rows:
        append_row(sheet, _values(row, tz))
        sheet.row_dimensions[sheet.max_row].height = ROW_HEIGHT
        for cell in sheet[sheet.max_row]:
            cell.border = box
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.cell(sheet.max_row, 7).number_format = CHECKED_IN_FORMAT

    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    _print_setup(sheet)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _print_setup(sheet) -> None:  # noqa: ANN001 (an openpyxl worksheet)
    """A4 landscape, the header on every page, as wide as the page and as many pages long as needed."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_options.horizontalCentered = True
