"""Submissions to an Excel workbook, streamed: one row per submission, a 统计 sheet at the end.

xlsxwriter in constant_memory mode writes each finished row to a temporary file and
keeps no shared-string table, so 50 000 rows of ~1 500 characters stay well under
300 MB. Rows must arrive in order (they do: one `add` per record), and the summary
sheet is filled from counts accumulated on the way.

Every text cell is written as a string (bot/export/cells.py), so a title such as
"=HYPERLINK(…)" is stored as that very text and never runs as a formula.
Dates are real Excel dates: the committee zone's wall time (Excel has no zones).

Not for: reading the database (the caller feeds records) or choosing what to export.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterable
from zoneinfo import ZoneInfo

from bot import texts
from bot.export.cells import write_text
from bot.export.records import COLUMNS, STATUS_ORDER, SubmissionRecord, Summary, local_naive

HEADER_HEIGHT = 22
ROW_HEIGHT = 48          # three wrapped lines; staff widen a row to read a whole text
DATE_FORMAT = "yyyy-mm-dd hh:mm"


class XlsxBuilder:
    """Write rows one by one with `add`, then `close` to finish the file and get the counts."""

    def __init__(self, path: str | Path, tz: ZoneInfo, *, committee: str = "", period_label: str = "",
                 statuses: Iterable[str] = STATUS_ORDER, categories: Iterable[str] = (),
                 **_ignored: object) -> None:
        self.path = Path(path)
        self.tz = tz
        self.committee = committee
        self.period_label = period_label
        self.summary = Summary(tz, statuses, categories)
        import xlsxwriter  # ~10 MB of RSS: loaded by an export, not by every process at start

        self.workbook = xlsxwriter.Workbook(str(self.path), {
            "constant_memory": True,
            "tmpdir": tempfile.gettempdir(),
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        })
        self.workbook.set_properties({"title": texts.EXPORT_SHEET_DATA, "company": committee})
        wb = self.workbook
        self.f_header = wb.add_format({"bold": True, "valign": "vcenter", "align": "center", "text_wrap": True,
                                       "bg_color": "#DDE5F0", "border": 1})
        self.f_text = wb.add_format({"valign": "top"})
        self.f_long = wb.add_format({"valign": "top", "text_wrap": True})
        self.f_int = wb.add_format({"valign": "top", "num_format": "0"})
        self.f_date = wb.add_format({"valign": "top", "num_format": DATE_FORMAT})
        self.f_bold = wb.add_format({"bold": True})
        self.f_title = wb.add_format({"bold": True, "font_size": 14})
        self.sheet = wb.add_worksheet(texts.EXPORT_SHEET_DATA)
        self.stats = wb.add_worksheet(texts.EXPORT_SHEET_SUMMARY)
        formats = {"text": self.f_text, "long": self.f_long, "int": self.f_int, "datetime": self.f_date}
        self._plan = [(col, c.value, c.kind, formats[c.kind]) for col, c in enumerate(COLUMNS)]
        ws = self.sheet
        ws.set_default_row(ROW_HEIGHT)
        for col, column in enumerate(COLUMNS):
            ws.set_column(col, col, column.width)
        ws.freeze_panes(1, 0)
        ws.set_landscape()
        ws.set_paper(9)          # A4
        ws.repeat_rows(0)        # the header on every printed page
        ws.set_row(0, HEADER_HEIGHT)
        for col, column in enumerate(COLUMNS):
            ws.write_string(0, col, column.header, self.f_header)
        self.rows = 0
        self.closed = False

    def add(self, record: SubmissionRecord) -> None:
        row = self.rows + 1
        ws = self.sheet
        for col, value_of, kind, fmt in self._plan:
            value = value_of(record)
            if kind == "int":
                ws.write_number(row, col, int(value), fmt)  # type: ignore[call-overload]
            elif kind == "datetime":
                ws.write_datetime(row, col, local_naive(value, self.tz), fmt)  # type: ignore[arg-type]
            elif value:
                write_text(ws, row, col, value, fmt)
        self.rows = row
        self.summary.add(record)

    def _write_summary(self) -> None:
        ws = self.stats
        ws.set_column(0, 0, 24)
        ws.set_column(1, 1, 10)
        write_text(ws, 0, 0, texts.EXPORT_SUMMARY_TITLE.format(committee=self.committee), self.f_title)
        write_text(ws, 1, 0, texts.EXPORT_SUMMARY_PERIOD.format(period=self.period_label))
        ws.write_string(2, 0, texts.EXPORT_SUMMARY_TOTAL, self.f_bold)
        ws.write_number(2, 1, self.summary.total, self.f_bold)
        row = 4
        for heading, counts in self.summary.sections():
            ws.write_string(row, 0, heading, self.f_header)
            ws.write_string(row, 1, texts.EXPORT_SUMMARY_COUNT, self.f_header)
            row += 1
            for name, count in counts:
                write_text(ws, row, 0, name)
                ws.write_number(row, 1, count)
                row += 1
            row += 1

    def close(self) -> Summary:
        """Finish the workbook (zipping it is the slow part: call it off the event loop)."""
        if not self.closed:
            self.sheet.autofilter(0, 0, self.rows, len(COLUMNS) - 1)
            self._write_summary()
            self.workbook.close()
            self.closed = True
        return self.summary

    def abort(self) -> None:
        """Give up: drop the temporary row files without assembling a workbook."""
        if self.closed:
            return
        self.closed = True
        self.workbook.fileclosed = True
        for sheet in (self.sheet, self.stats):
            fh, name = getattr(sheet, "row_data_fh", None), getattr(sheet, "row_data_filename", None)
            if fh is not None and not fh.closed:
                fh.close()
            if name:
                Path(name).unlink(missing_ok=True)


def write_xlsx(records: Iterable[SubmissionRecord], path: str | Path, tz: ZoneInfo, **options) -> Summary:
    """Synchronous convenience: the whole iterable to one file."""
    builder = XlsxBuilder(path, tz, **options)
    for record in records:
        builder.add(record)
    return builder.close()
