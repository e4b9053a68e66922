"""Creating and changing events: the draft's rules, repeating occurrences, publishing with
invitations and reminder rows, and the admin's edits (time, place, cancel, 提醒未回复).

Each change writes the notice rows for the members ("change", "cancel", "nudge") in the
same transaction; the reminder dispatcher sends them.
"""

from __future__ import annotations

import calendar as cal
from datetime import date, datetime, timedelta
from typing import Iterable

from bot import texts
from bot.errors import UserError
from bot.events.models import (BEFORE_START_ONLY, KINDS, MAX_OCCURRENCES, MAX_PLACE, MAX_TITLE, REPEATS, Counts,
                               EventClosed, EventDraft, EventInfo)
from bot.timeparse import format_when
from storage.events import Event
from storage.queries import events as q


class SchedulingMixin:
    def validate(self, draft: EventDraft) -> None:
        """Every rule a draft must meet; raises UserError naming the first broken one."""
        now = self.clock.now()
        if draft.kind not in KINDS:
            raise UserError(texts.EVENT_BAD_KIND)
        if not draft.title.strip() or len(draft.title) > MAX_TITLE:
            raise UserError(texts.EVENT_TITLE_INVALID.format(limit=MAX_TITLE))
        if draft.starts_at <= now:
            raise UserError(texts.TIME_IN_PAST.format(when=format_when(draft.starts_at, self.tz)))
        if draft.ends_at is not None and draft.ends_at <= draft.starts_at:
            raise UserError(texts.EVENT_END_BEFORE_START)
        if not draft.place.strip() or len(draft.place) > MAX_PLACE:
            raise UserError(texts.EVENT_PLACE_INVALID.format(limit=MAX_PLACE))
        self.check_audience(draft.audience)
        if draft.repeat not in REPEATS:
            raise UserError(texts.EVENT_BAD_REPEAT)
        if draft.repeat != "none":
            if draft.repeat_until is None or draft.repeat_until < draft.starts_at.astimezone(self.tz).date():
                raise UserError(texts.EVENT_REPEAT_UNTIL_INVALID)

    def occurrences(self, draft: EventDraft) -> list[tuple[datetime, datetime | None]]:
        """Start and end of each occurrence, in the committee's zone (a weekly 9:00 stays 9:00)."""
        start = draft.starts_at.astimezone(self.tz)
        length = draft.ends_at - draft.starts_at if draft.ends_at else None
        out = [(draft.starts_at, draft.ends_at)]
        if draft.repeat == "none":
            return out
        k = 1
        while len(out) < MAX_OCCURRENCES:
            if draft.repeat == "weekly":
                local = start + timedelta(weeks=k)
            else:
                month = start.month - 1 + k
                year, month = start.year + month // 12, month % 12 + 1
                if start.day > cal.monthrange(year, month)[1]:
                    if date(year, month, 1) > draft.repeat_until:
                        break
                    k += 1
                    continue  # no 31st this month: that month is skipped
                local = start.replace(year=year, month=month)
            if local.date() > draft.repeat_until:
                break
            local = local.replace(tzinfo=self.tz)
            begins = local.astimezone(draft.starts_at.tzinfo)
            out.append((begins, begins + length if length else None))
            k += 1
        return out

    async def publish(self, admin_tid: int, draft: EventDraft) -> list[EventInfo]:
        admin = await self.members.require_admin(admin_tid)
        self.validate(draft)
        async with self.db.transaction() as s:
            return await self.publish_in(s, admin.telegram_id, draft)

    async def publish_in(self, s, organiser_tid: int, draft: EventDraft) -> list[EventInfo]:  # noqa: ANN001
        """Create the occurrences, invite the audience, plan the notice and the reminders."""
        now = self.clock.now()
        members = [m.id for m in (await self.members.audience_in(s, draft.audience)).members]
        until = None
        if draft.repeat != "none" and draft.repeat_until is not None:
            until = datetime.combine(draft.repeat_until, datetime.max.time(), tzinfo=self.tz)
        rows = await q.add_events(s, [
            dict(kind=draft.kind, title=draft.title.strip(), starts_at=begins, ends_at=ends,
                 place=draft.place.strip(), audience=dict(draft.audience), organiser_tid=organiser_tid,
                 offsets={"minutes": list(draft.offsets)}, repeat=draft.repeat, repeat_until=until,
                 status="active", created_at=now, updated_at=now)
            for begins, ends in self.occurrences(draft)])
        for row in rows:
            row.series_id = rows[0].id if len(rows) > 1 else None
            q.add_attendances(s, row.id, members)
            self._plan_reminders(s, row, members, now)
        # One notice, for the first occurrence (it names the series).
        q.add_reminders(s, rows[0].id, members, "notice", now, now)
        return [self.info(r, Counts(unanswered=len(members)), len(rows)) for r in rows]

    def _plan_reminders(self, s, row: Event, member_ids: Iterable[int], now: datetime) -> int:  # noqa: ANN001
        planned = 0
        for minutes in (row.offsets or {}).get("minutes", []):
            due = row.starts_at - timedelta(minutes=minutes)
            if due <= now:
                continue  # that moment has passed already (e.g. "1 day before" for an event in 2 hours)
            planned += q.add_reminders(s, row.id, member_ids, "remind", due, now)
        return planned

    async def _editable(self, s, event_id: int) -> Event:  # noqa: ANN001
        row = await self._event(s, event_id)
        if row.status == "cancelled":
            raise EventClosed(texts.EVENT_IS_CANCELLED)
        if row.starts_at <= self.clock.now():
            raise EventClosed(texts.EVENT_ALREADY_STARTED)
        return row

    async def start_edit(self, admin_tid: int, event_id: int) -> EventInfo:
        """Before asking for a new time or place: the event, unless it is cancelled."""
        event = await self.admin_view(admin_tid, event_id)
        if event.cancelled:
            raise EventClosed(texts.EVENT_IS_CANCELLED)
        return event

    async def _tell_invited(self, s, row: Event, kind: str, now: datetime) -> None:  # noqa: ANN001
        """A message of `kind` to everyone invited, due now."""
        q.add_reminders(s, row.id, await q.invited_member_ids(s, row.id), kind, now, now)

    async def reschedule(self, admin_tid: int, event_id: int, starts_at: datetime,
                         ends_at: datetime | None = None, keep_length: bool = True) -> EventInfo:
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            row = await self._editable(s, event_id)
            if starts_at <= now:
                raise UserError(texts.TIME_IN_PAST.format(when=format_when(starts_at, self.tz)))
            if ends_at is None and keep_length and row.ends_at is not None:
                ends_at = starts_at + (row.ends_at - row.starts_at)
            if ends_at is not None and ends_at <= starts_at:
                raise UserError(texts.EVENT_END_BEFORE_START)
            row.starts_at, row.ends_at, row.updated_at = starts_at, ends_at, now
            invited = await q.invited_member_ids(s, row.id)
            await q.skip_pending(s, row.id, "replanned", ("remind",))
            self._plan_reminders(s, row, invited, now)
            q.add_reminders(s, row.id, invited, "change", now, now)
            return await self._info_with_counts(s, row)

    async def move(self, admin_tid: int, event_id: int, place: str) -> EventInfo:
        await self.members.require_admin(admin_tid)
        place = (place or "").strip()
        if not place or len(place) > MAX_PLACE:
            raise UserError(texts.EVENT_PLACE_INVALID.format(limit=MAX_PLACE))
        now = self.clock.now()
        async with self.db.transaction() as s:
            row = await self._editable(s, event_id)
            row.place, row.updated_at = place, now
            await self._tell_invited(s, row, "change", now)
            return await self._info_with_counts(s, row)

    async def cancel(self, admin_tid: int, event_id: int) -> EventInfo:
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            row = await self._editable(s, event_id)
            row.status, row.updated_at = "cancelled", now
            await q.skip_pending(s, row.id, "cancelled", BEFORE_START_ONLY)
            await self._tell_invited(s, row, "cancel", now)
            return await self._info_with_counts(s, row)

    async def nudge_unanswered(self, admin_tid: int, event_id: int) -> int:
        """提醒未回复: a reminder now to everyone who has not answered; returns how many."""
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            row = await self._editable(s, event_id)
            silent = await q.unanswered_member_ids(s, row.id)
            q.add_reminders(s, row.id, silent, "nudge", now, now)
            return len(silent)
