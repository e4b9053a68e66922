"""Reminder rows: claiming the due ones for sending, recording what happened, and reading their state.

Reminders are rows with a due time: `claim_due` picks due rows and marks them claimed in one
transaction (FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite) before anything
is sent, so a reminder goes out once even across restarts and with several bot processes. A row
due while the bot was down is sent if the event has not begun and skipped (state `skipped`,
reason `started`) if it has. (The claiming code keeps its own SQL while the outbox rework lands.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable

from sqlalchemy import and_, func, or_, select, update

from bot.events.models import BEFORE_START_ONLY, EventInfo
from storage.events import Attendance, Event, Reminder
from storage.models import Member
from storage.queries import events as q

STALE_CLAIM = timedelta(minutes=10)  # a claim this old was in flight when its process died
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class DueReminder:
    id: int
    kind: str
    event: EventInfo
    telegram_id: int
    answer: str | None
    due_at: datetime


@dataclass(frozen=True)
class Claim:
    reminders: tuple[DueReminder, ...]
    skipped: int


class ReminderClaims:
    # --- the reminder dispatcher --------------------------------------------------------------------

    async def claim_due(self, worker: str, limit: int = 50) -> Claim:
        """Claim up to `limit` due rows for `worker` (and skip the pointless ones) in one transaction."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            stmt = (select(Reminder).where(or_(
                and_(Reminder.state == "pending", Reminder.due_at <= now),
                and_(Reminder.state == "claimed", Reminder.claimed_at < now - STALE_CLAIM)))
                .order_by(Reminder.due_at, Reminder.id).limit(limit))
            rows = list((await s.execute(self.db.for_update(stmt))).scalars())
            if not rows:
                return Claim((), 0)
            events = {e.id: e for e in (await s.execute(
                select(Event).where(Event.id.in_({r.event_id for r in rows})))).scalars()}
            members = {m.id: m for m in (await s.execute(
                select(Member).where(Member.id.in_({r.member_id for r in rows})))).scalars()}
            series = {e.series_id for e in events.values() if e.series_id}
            sizes = dict((await s.execute(select(Event.series_id, func.count()).where(
                Event.series_id.in_(series)).group_by(Event.series_id))).all()) if series else {}
            answers = {(a.event_id, a.member_id): a.answer for a in (await s.execute(
                select(Attendance).where(Attendance.event_id.in_(events),
                                         Attendance.member_id.in_(members)))).scalars()}
            claimed, skipped = [], 0
            for row in rows:
                event, member = events[row.event_id], members[row.member_id]
                answer = answers.get((row.event_id, row.member_id))
                reason = self._skip_reason(row, event, member, answer, now)
                if reason is not None:
                    row.state, row.skip_reason = "skipped", reason
                    skipped += 1
                    continue
                row.state, row.claimed_at, row.claimed_by = "claimed", now, worker[:64]
                row.attempts += 1
                occurrences = sizes.get(event.series_id, 1) if row.kind == "notice" else 1
                claimed.append(DueReminder(row.id, row.kind, self.info(event, occurrences=occurrences),
                                           member.telegram_id, answer,
                                           row.due_at))
            return Claim(tuple(claimed), skipped)

    @staticmethod
    def _skip_reason(row: Reminder, event: Event, member: Member, answer: str | None,
                     now: datetime) -> str | None:
        if row.attempts >= MAX_ATTEMPTS:
            return "attempts"
        if event.status == "cancelled" and row.kind != "cancel":
            return "cancelled"
        if row.kind in BEFORE_START_ONLY and event.starts_at <= now:
            return "started"
        if row.kind in ("remind", "nudge") and answer == "leave":
            return "leave"
        if row.kind == "nudge" and answer is not None:
            return "answered"
        if member.status != "active" or not member.chat_started or not member.reachable:
            return "unreachable"
        return None

    async def finish(self, sent: Iterable[int] = (), failed: Iterable[int] = (), retry: Iterable[int] = ()) -> None:
        """Record what happened to claimed rows: sent, failed for good, or to be tried again."""
        now = self.clock.now()
        sent, failed, retry = list(sent), list(failed), list(retry)
        async with self.db.transaction() as s:
            if sent:
                await s.execute(update(Reminder).where(Reminder.id.in_(sent)).values(state="sent", sent_at=now))
            if failed:
                await s.execute(update(Reminder).where(Reminder.id.in_(failed))
                                .values(state="failed", skip_reason="unreachable"))
            if retry:
                await s.execute(update(Reminder).where(Reminder.id.in_(retry)).values(state="pending"))

    async def next_due_at(self) -> datetime | None:
        async with self.db.transaction() as s:
            return await q.next_pending_due(s)

    async def reminder_states(self, event_id: int | None = None) -> dict[str, int]:
        """How many rows are in each state (`skipped:started` etc. for skips) — for tests and the log."""
        async with self.db.transaction() as s:
            groups = await q.reminder_state_counts(s, event_id)
        out: dict[str, int] = {}
        for state, reason, count in groups:
            out[state] = out.get(state, 0) + count
            if reason:
                out[f"{state}:{reason}"] = count
        return out
