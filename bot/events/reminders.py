"""Reminder rows: queuing the due ones into the outbox, recording what became of them, their state.

Reminders are rows with a due time: `queue_due` moves due rows into the outbox (bot/outbox.py)
in one transaction (FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite), where the
one sender sends them and records each outcome as its send returns; `reminder_outcome` writes
that outcome back to the reminder row. So a reminder goes out once even across restarts and with
several bot processes, and a crash repeats at most the sends in flight. A row due while the bot
was down is sent if the event has not begun and skipped (state `skipped`, reason `started`) if it
has. `claim_due` / `finish` are the older claim-then-send interface, kept for the storage tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable

from bot.events.models import BEFORE_START_ONLY, EventInfo
from bot.outbox import FAILED, OUTCOME_HOOKS, REMINDER, SENT, SKIPPED, UNREACHABLE, Notice, add_notices
from storage.events import Event, Reminder
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

    async def queue_due(self, limit: int = 200) -> tuple[int, int]:
        """Move due reminders into the outbox in one transaction; returns (queued, skipped).

        Each row due now becomes `queued` with a 'reminder' outbox notice (rendered at send
        time, its outcome written back by `reminder_outcome`), or `skipped` by the rules.
        The rows are locked (FOR UPDATE SKIP LOCKED), so two processes never queue one twice,
        and the notice commits with the row's new state, so a crash cannot lose or double it.
        """
        now = self.clock.now()
        async with self.db.transaction() as s:
            due, skipped = await self._take_due(s, limit, now)
            notices = []
            for row, event, member, _answer, occurrences in due:
                row.state = "queued"
                notices.append(Notice(REMINDER, member.telegram_id, {
                    "reminder_id": row.id, "kind": row.kind, "event_id": event.id, "occurrences": occurrences},
                    dedupe_key=f"reminder:{row.id}"))
            await add_notices(s, notices, now)
            return len(due), skipped

    async def claim_due(self, worker: str, limit: int = 50) -> Claim:
        """Claim up to `limit` due rows for `worker` (and skip the pointless ones) in one transaction."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            due, skipped = await self._take_due(s, limit, now)
            claimed = []
            for row, event, member, answer, occurrences in due:
                row.state, row.claimed_at, row.claimed_by = "claimed", now, worker[:64]
                row.attempts += 1
                claimed.append(DueReminder(row.id, row.kind, self.info(event, occurrences=occurrences),
                                           member.telegram_id, answer, row.due_at))
            return Claim(tuple(claimed), skipped)

    async def _take_due(self, s, limit: int, now: datetime) -> tuple[list, int]:  # noqa: ANN001
        """Lock up to `limit` due rows, mark the pointless ones skipped; the rest with event, member,
        answer and (for a notice of a series) the number of occurrences."""
        rows = await q.lock_due_reminders(s, self.db.for_update, now, now - STALE_CLAIM, limit)
        if not rows:
            return [], 0
        events = await q.events_by_id(s, {r.event_id for r in rows})
        members = await q.members_by_id(s, {r.member_id for r in rows})
        sizes = await q.series_sizes(s, {e.series_id for e in events.values() if e.series_id})
        answers = await q.answers_by_pair(s, events, members)
        due, skipped = [], 0
        for row in rows:
            event, member = events[row.event_id], members[row.member_id]
            answer = answers.get((row.event_id, row.member_id))
            reason = self._skip_reason(row, event, member, answer, now)
            if reason is not None:
                row.state, row.skip_reason = "skipped", reason
                skipped += 1
                continue
            occurrences = sizes.get(event.series_id, 1) if row.kind == "notice" else 1
            due.append((row, event, member, answer, occurrences))
        return due, skipped

    @staticmethod
    def still_relevant(kind: str, event: EventInfo, now: datetime) -> bool:
        """At send time: a queued reminder of an event cancelled or begun since is not sent."""
        if event.cancelled and kind != "cancel":
            return False
        return not (kind in BEFORE_START_ONLY and event.starts_at <= now)

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
        async with self.db.transaction() as s:
            await q.set_reminder_states(s, sent, state="sent", sent_at=now)
            await q.set_reminder_states(s, failed, state="failed", skip_reason="unreachable")
            await q.set_reminder_states(s, retry, state="pending")

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


async def reminder_outcome(s, payload: dict[str, Any], state: str, now: datetime) -> None:  # noqa: ANN001
    """A reminder's outbox row got its outcome: the reminder row follows (reminder_states counts these)."""
    if state == SENT:
        await q.set_reminder_states(s, [payload.get("reminder_id")], state="sent", sent_at=now)
    elif state in (UNREACHABLE, FAILED):
        await q.set_reminder_states(s, [payload.get("reminder_id")], state="failed", skip_reason="unreachable")
    elif state == SKIPPED:
        await q.set_reminder_states(s, [payload.get("reminder_id")], state="skipped", skip_reason="stale")


OUTCOME_HOOKS[REMINDER] = reminder_outcome
