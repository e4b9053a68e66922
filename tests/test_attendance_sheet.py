"""The attendance sheet (签到表) an admin downloads: named after the event and its day, a title row
with event, type, time (北京时间, weekday) and place, a bold frozen header, 界别 and 专委会, 签到时间
as a real Excel time, a 签名 column, and print set-up (A4, header repeated, fit to width)."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import openpyxl

from bot import texts
from bot.events.attendance_sheet import attendance_filename, attendance_xlsx
from bot.events.models import AttendanceInfo, EventInfo

TZ = ZoneInfo("Asia/Shanghai")
STARTS = datetime(2026, 12, 5, 1, 30, tzinfo=timezone.utc)      # 2026-12-05 09:30 in Beijing, a Saturday


def event(**changes) -> EventInfo:
    values = dict(id=7, kind="meeting", title="委员座谈会", starts_at=STARTS, ends_at=None, place="市政协三楼会议室",
                  audience={}, organiser_tid=1, offsets=(), repeat="none", repeat_until=None, series_id=None,
                  status="published")
    values.update(changes)
    return EventInfo(**values)


def person(**changes) -> AttendanceInfo:
    values = dict(id=1, event_id=7, member_id=1, telegram_id=2001, name="李四", sector="经济界", committee="经济委员会",
                  answer="attend", leave_reason=None, leave_decision=None, checked_in_at=None)
    values.update(changes)
    return AttendanceInfo(**values)


ROWS = [
    person(checked_in_at=STARTS.replace(minute=21, second=40)),
    person(id=2, member_id=2, telegram_id=2002, name="王五", sector="教育界", committee=None, answer="leave",
           leave_reason="外出调研", leave_decision="approved"),
    person(id=3, member_id=3, telegram_id=2003, name="赵六", sector=None, committee=None, answer=None),
]


def sheet_of(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data)).active


def test_the_file_is_named_after_the_event_and_its_day():
    assert attendance_filename(event(), TZ) == "签到表_委员座谈会_20261205.xlsx"
    assert attendance_filename(event(title="关于 A/B 的\n座谈"), TZ) == "签到表_关于AB的座谈_20261205.xlsx"


def test_the_title_row_names_event_type_time_and_place():
    sheet = sheet_of(attendance_xlsx(event(), ROWS, TZ))
    title = sheet["A1"]
    assert title.value == texts.ATTENDANCE_TITLE.format(
        title="委员座谈会", kind="会议", when="2026年12月5日（周六）09:30（北京时间）", place="市政协三楼会议室")
    assert title.font.bold and "A1:H1" in {str(r) for r in sheet.merged_cells.ranges}
    assert "Asia/Shanghai" not in title.value


def test_the_header_is_bold_frozen_and_has_sector_committee_and_signature():
    sheet = sheet_of(attendance_xlsx(event(), ROWS, TZ))
    header = [c.value for c in sheet[2]]
    assert tuple(header) == texts.ATTENDANCE_COLUMNS
    assert header[1:3] == ["界别", "专委会"] and header[-1] == "签名"
    assert all(c.font.bold for c in sheet[2])
    assert sheet.freeze_panes == "A3"
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert [r[:6] for r in rows] == [
        ("李四", "经济界", "经济委员会", "参加", None, None),
        ("王五", "教育界", None, "请假", "外出调研", texts.LEAVE_DECISION_NAMES["approved"]),
        ("赵六", None, None, texts.ANSWER_NONE, None, None),
    ]
    assert all(r[7] in (None, "") for r in rows)          # 签名 is left for the pen
    assert all(c.border.left.style == "thin" for c in sheet[3])


def test_check_in_time_is_a_real_excel_time():
    sheet = sheet_of(attendance_xlsx(event(), ROWS, TZ))
    cell = sheet["G3"]
    assert cell.value == datetime(2026, 12, 5, 9, 21) and cell.is_date
    assert "hh:mm" in cell.number_format
    assert sheet["G4"].value is None


def test_print_set_up_is_a4_with_the_header_repeated_and_fit_to_width():
    sheet = sheet_of(attendance_xlsx(event(), ROWS, TZ))
    assert int(sheet.page_setup.paperSize) == 9 and sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert int(sheet.page_setup.fitToWidth) == 1 and int(sheet.page_setup.fitToHeight) == 0
    assert sheet.print_title_rows == "$2:$2"


def test_an_event_with_nobody_invited_still_has_title_and_header():
    sheet = sheet_of(attendance_xlsx(event(), [], TZ))
    assert sheet.max_row == 2 and tuple(c.value for c in sheet[2]) == texts.ATTENDANCE_COLUMNS
