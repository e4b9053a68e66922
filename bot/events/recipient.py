"""What one member's reminder shows at the moment it is sent: their current answer and whether
签到 is open now. Read at render time, so a reminder never repeats a question already answered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.events.models import AttendanceInfo, EventInfo, attendance_info
from storage.queries import events as q


@dataclass(frozen=True)
class RecipientState:
    attendance: AttendanceInfo | None  # None: the row is gone (the reminder then shows every answer)
    checkin_open: bool


class RecipientMixin:
    def checkin_open(self, event: EventInfo, now: datetime) -> bool:
        """签到 is accepted from `checkin_before` the start until the event's end (as check_in rules)."""
        return not event.cancelled and event.starts_at - self.checkin_before <= now < self.end_of(event)

    async def reminder_recipient(self, reminder_id: int, event: EventInfo, now: datetime) -> RecipientState:
        async with self.db.transaction() as s:
            found = await q.reminder_attendance(s, reminder_id)
        attendance = attendance_info(*found) if found is not None else None
        return RecipientState(attendance, self.checkin_open(event, now))
