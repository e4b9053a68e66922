"""One formula guard for every XLSX the bot writes: text that looks like a formula is stored as text,
exactly as typed ("+86 138…", "=1+1"), never as a formula and without an added apostrophe."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import openpyxl
import xlsxwriter

from bot.broadcasts.models import Outcome, Report
from bot.broadcasts.report import Reporting
from bot.events.attendance_sheet import attendance_xlsx
from bot.export.cells import append_row, write_text
from bot.export.xlsx import write_xlsx
from tests.test_attendance_sheet import event, person
from tests.test_export_files import rec

TZ = ZoneInfo("Asia/Shanghai")
PHONE, SUM, MINUS, AT = "+86 138 0000 0000", "=1+1", "-1+1 的问题", "@SUM(A1:A2)"
TYPED = (PHONE, SUM, MINUS, AT)


def text_cells(data: bytes | str) -> dict[str, openpyxl.cell.Cell]:
    book = openpyxl.load_workbook(io.BytesIO(data) if isinstance(data, bytes) else data)
    cells = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
                if isinstance(cell.value, str):
                    cells[cell.value] = cell
    return cells


def assert_unaltered(cells: dict[str, openpyxl.cell.Cell], *typed: str) -> None:
    for text in typed:
        assert text in cells, f"{text!r} was altered: {sorted(cells)}"
        assert cells[text].data_type == "s"
        assert "'" + text not in cells


def test_the_helpers_store_text_as_text_for_both_libraries(tmp_path):
    path = tmp_path / "raw.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    for col, text in enumerate(TYPED):
        write_text(sheet, 0, col, text)
    book.close()
    assert_unaltered(text_cells(str(path)), *TYPED)

    book = openpyxl.Workbook()
    append_row(book.active, TYPED)
    out = io.BytesIO()
    book.save(out)
    assert_unaltered(text_cells(out.getvalue()), *TYPED)


def test_the_submissions_export(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx([rec(1, title=SUM, unit=PHONE, situation=MINUS, last_note=AT)], path, TZ)
    assert_unaltered(text_cells(str(path)), *TYPED)


def test_the_broadcast_report():
    reporting = object.__new__(Reporting)
    reporting.timezone = TZ
    sent = datetime(2026, 11, 2, 1, tzinfo=timezone.utc)
    outcomes = (Outcome(SUM, 2001, PHONE, AT, "failed", 3, MINUS, sent, None),)
    assert_unaltered(text_cells(reporting.report_xlsx(Report(None, outcomes))), *TYPED)  # type: ignore[arg-type]


def test_the_attendance_sheet():
    rows = [person(name=SUM, sector=PHONE, committee=AT, answer="leave", leave_reason=MINUS)]
    assert_unaltered(text_cells(attendance_xlsx(event(title="=1+1 座谈会"), rows, TZ)), *TYPED)
