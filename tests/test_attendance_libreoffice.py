"""The attendance sheet opens in LibreOffice (headless conversion) with its layout intact.

Skipped when LibreOffice is not installed (`apt-get install libreoffice-calc-nogui`); each test
converts with a private profile (tests/test_export_libreoffice.py `convert`).
"""

from __future__ import annotations

import openpyxl
import pytest

from bot import texts
from tests.test_attendance_sheet import ROWS, TZ, event
from tests.test_export_libreoffice import SOFFICE, convert
from bot.events.attendance_sheet import attendance_xlsx

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture
def sheet_file(tmp_path):
    path = tmp_path / "签到表.xlsx"
    path.write_bytes(attendance_xlsx(event(), ROWS, TZ))
    return path


def test_attendance_sheet_reads_in_libreoffice_with_title_header_and_times(sheet_file, tmp_path):
    text = convert(sheet_file, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path).read_text("utf-8")
    lines = text.splitlines()
    assert "委员座谈会" in lines[0] and "2026年12月5日（周六）09:30（北京时间）" in lines[0] and "市政协三楼会议室" in lines[0]
    assert lines[1] == ",".join(texts.ATTENDANCE_COLUMNS)
    assert lines[2].startswith("李四,经济界,经济委员会,参加,,,2026-12-05 09:21")   # a date cell, shown in its format
    assert lines[3].startswith("王五,教育界,,请假,外出调研,")


def test_attendance_sheet_keeps_its_print_set_up_through_libreoffice(sheet_file, tmp_path):
    # (the frozen header is a view setting a headless LibreOffice does not write back; test_attendance_sheet checks it)
    again = convert(sheet_file, "xlsx:Calc MS Excel 2007 XML", tmp_path)
    sheet = openpyxl.load_workbook(again).active
    assert sheet["A1"].font.bold and sheet["A2"].font.bold
    assert int(sheet.page_setup.paperSize) == 9
    assert sheet.print_title_rows == "$2:$2"
    assert sheet["G3"].is_date
