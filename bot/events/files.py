"""Files of the events feature: a member's calendar (.ics) and an event's attendance sheet (.xlsx)."""

from __future__ import annotations

import io

from bot import texts
from bot.ics import calendar as ics_calendar
from bot.timeparse import format_when


class FilesMixin:
    async def ics_for(self, telegram_id: int, event_id: int | None = None) -> bytes:
        """One event of the member's, or all their upcoming ones, as an .ics file."""
        if event_id is not None:
            mine = [await self.my_event(telegram_id, event_id)]
        else:
            mine = await self.schedule(telegram_id)
        descriptions = {m.event.id: texts.EVENT_KIND_NAMES.get(m.event.kind, "") for m in mine}
        return ics_calendar([m.event for m in mine], self.clock.now(), description=descriptions)

    async def export_xlsx(self, admin_tid: int, event_id: int) -> bytes:
        from openpyxl import Workbook

        event, rows = await self.attendance(admin_tid, event_id)
        book = Workbook()
        sheet = book.active
        sheet.title = texts.ATTENDANCE_SHEET
        sheet.append([texts.EVENT_KIND_NAMES.get(event.kind, ""), _cell(event.title),
                      format_when(event.starts_at, self.tz), _cell(event.place)])
        sheet.append(list(texts.ATTENDANCE_COLUMNS))
        for row in rows:
            sheet.append([
                _cell(row.name), _cell(row.sector or ""), _cell(row.committee or ""),
                texts.ANSWER_NAMES.get(row.answer, texts.ANSWER_NONE), _cell(row.leave_reason or ""),
                texts.LEAVE_DECISION_NAMES.get(row.leave_decision, "") if row.answer == "leave" else "",
                row.checked_in_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M") if row.checked_in_at else "",
            ])
        for column, width in zip("ABCDEFG", (12, 14, 18, 8, 30, 8, 18)):
            sheet.column_dimensions[column].width = width
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()


def _cell(value: str) -> str:
    """Spreadsheet cells that start with = + - @ would run as formulas: neutralise them."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
