"""The events service's base: its settings, and reading events for admins (/events, the
event view, the attendance list)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Iterable

from bot.clock import Clock
from bot.errors import NotFound
from bot.events.models import (DEFAULT_CHECKIN_CLOSE, AttendanceInfo, Counts, EventInfo, attendance_info,
                               event_info)
from bot.members import MembersService
from storage.db import Database
from storage.events import Event
from storage.queries import events as q


class EventsBase:
    def __init__(self, db: Database, clock: Clock, members: MembersService, tz, sectors: Iterable[str],  # noqa: ANN001
                 committees: Iterable[str], default_offsets: Iterable[int], checkin_minutes: int) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.tz = tz
        self.sectors = tuple(sectors)
        self.committees = tuple(committees)
        self.default_offsets = tuple(default_offsets)
        self.checkin_before = timedelta(minutes=checkin_minutes)

    def info(self, row: Event, counts: Counts | None = None, occurrences: int = 1) -> EventInfo:
        return event_info(row, counts, occurrences)

    async def _counts(self, s, event_ids: list[int]) -> dict[int, Counts]:  # noqa: ANN001
        if not event_ids:
            return {}
        tally: dict[int, Counter] = {i: Counter() for i in event_ids}
        for event_id, answer, checked in await q.answers_of(s, event_ids):
            tally[event_id][answer or "none"] += 1
            if checked is not None:
                tally[event_id]["checked"] += 1
        return {i: Counts(c["attend"], c["leave"], c["none"], c["checked"]) for i, c in tally.items()}

    async def _event(self, s, event_id: int) -> Event:  # noqa: ANN001
        row = await q.get_event(s, event_id)
        if row is None:
            raise NotFound(event_id)
        return row

    async def _info_with_counts(self, s, row: Event) -> EventInfo:  # noqa: ANN001
        return self.info(row, (await self._counts(s, [row.id]))[row.id])

    async def get(self, event_id: int) -> EventInfo:
        async with self.db.transaction() as s:
            return await self._info_with_counts(s, await self._event(s, event_id))

    def end_of(self, event: EventInfo | Event) -> datetime:
        return event.ends_at or event.starts_at + DEFAULT_CHECKIN_CLOSE

    async def upcoming(self, admin_tid: int) -> list[EventInfo]:
        """Admins' /events: active events that have not ended, soonest first, with counts."""
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            rows = await q.active_not_ended(s, now, DEFAULT_CHECKIN_CLOSE, limit=50)
            counts = await self._counts(s, [r.id for r in rows])
            return [self.info(r, counts[r.id]) for r in rows]

    async def admin_view(self, admin_tid: int, event_id: int) -> EventInfo:
        await self.members.require_admin(admin_tid)
        return await self.get(event_id)

    async def attendance(self, admin_tid: int, event_id: int) -> tuple[EventInfo, list[AttendanceInfo]]:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            row = await self._event(s, event_id)
            pairs = await q.attendance_with_members(s, event_id)
            return await self._info_with_counts(s, row), [attendance_info(a, m) for a, m in pairs]
