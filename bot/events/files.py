"""Files of the events feature: a member's calendar (.ics) and an event's attendance sheet (.xlsx, laid out in
bot/events/attendance_sheet.py)."""

from __future__ import annotations

from bot import texts
from bot.events.attendance_sheet import attendance_filename, attendance_xlsx
from bot.events.models import EventInfo
from bot.ics import calendar as ics_calendar


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
        """The event's attendance sheet (bot/events/attendance_sheet.py), for an admin."""
        event, rows = await self.attendance(admin_tid, event_id)
        return attendance_xlsx(event, rows, self.tz)

    def attendance_filename(self, event: EventInfo) -> str:
        """签到表_委员座谈会_20261205.xlsx: what to call the sheet when sending it."""
        return attendance_filename(event, self.tz)
