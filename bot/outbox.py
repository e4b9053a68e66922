"""The outbox: every message the bot starts on its own, claimed, sent and given its outcome.

A row is a broadcast recipient, or a notice: `Notice(kind, telegram_id, payload)` that a
service adds with `add_notices` INSIDE its own transaction, so the notice commits with
the change that causes it (a crash after the commit can no longer lose it). The payload
carries ids and the facts of the change; the words and buttons are made at send time by
the renderer registered for the kind (handlers/outbound.py).

A sender claims a batch of due rows in one transaction (FOR UPDATE SKIP LOCKED on
PostgreSQL; SQLite transactions are BEGIN IMMEDIATE so claims serialise), marks
them claimed with its process id and the time, commits, THEN sends, then records
each outcome at once. A claim older than the lease is taken over by another
sender: that row's message may have gone out just before a crash, which is the
only way a member can get a notice twice (see README, Broadcasts).

Only rows of broadcasts in status `sending` are claimed, so 暂停 / 取消 stop a
broadcast within the batch in flight.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Awaitable, Callable, Iterable

from sqlalchemy import and_, delete, exists, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.clock import Clock
from storage.broadcasts import Broadcast, OutboxRow, SenderProcess
from storage.db import Database
from storage.models import Member
from storage.queries import outbox as outbox_queries

PENDING, CLAIMED, SENT, UNREACHABLE, FAILED = "pending", "claimed", "sent", "unreachable", "failed"
SKIPPED = "skipped"  # a notice no longer relevant when its turn came (its renderer said so)
UNFINISHED = (PENDING, CLAIMED)

# Notice kinds (each has a renderer in handlers/notices.py).
REMINDER = "reminder"  # payload: reminder_id, kind, event_id, occurrences
NEW_MEMBER = "admin.new_member"  # to each admin: payload member_id, telegram_id (the 通过/拒绝 card)
REGISTRATION_RESULT = "registration.result"  # to the member: payload approved
ROLE_CHANGED = "member.role"  # to the member: payload admin (promoted or demoted)
ADMIN_ERROR = "admin.error"  # to each admin: payload error, update_id, user_id, handler
# 社情民意 (renderers in handlers/submissions/notices.py)
SUB_FILED = "sub.filed"  # to each admin: payload sid, resubmitted (the card with the review buttons)
SUB_STATUS = "sub.status"  # to the author: payload sid, to, note, leader, instruction
SUB_REPLY = "sub.reply"  # to the author: payload sid, note
SUB_COSIGNER_NEWS = "sub.cosigner_news"  # to each agreed co-signer: payload sid, to, leader, instruction
SUB_COSIGN_INVITE = "sub.cosign_invite"  # to the invitee: payload sid, cosigner_id
SUB_COSIGN_ANSWER = "sub.cosign_answer"  # to the author: payload name, title, agreed
SUB_SECONDED = "sub.seconded"  # to the author: payload sid, name (who 附议ed)
SUB_DRAFT_REMINDER = "sub.draft_reminder"  # to the author: payload title, when (YYYY-MM-DD)
SUB_DRAFT_CLEARED = "sub.draft_cleared"  # to the author: payload title, days
ISSUE_COMPILED = "issue.compiled"  # to an item's author: payload title, number, issue (the 《社情民意》 label)
# Q&A handoff (renderers in handlers/qa_notices.py)
QA_FORWARDED = "qa.forwarded"  # to each admin: payload forward_id (the question with its 回复 button)
QA_STAFF_REPLY = "qa.staff_reply"  # to the member: payload forward_id
# Events' leave (renderers in handlers/events/notices.py)
LEAVE_REQUEST = "event.leave_request"  # to the organiser: payload event_id, attendance_id, name, sector, reason
LEAVE_WITHDRAWN = "event.leave_withdrawn"  # to the organiser: payload event_id, name
LEAVE_DECISION = "event.leave_decision"  # to the member: payload event_id, approved
# 问卷调查: poll.send, poll.stop, poll.results, survey.invite, poll.remind (bot/polls/models.py)


@dataclass(frozen=True)
class Notice:
    """A message the bot will start: its renderer's kind, the recipient, and the facts to render."""

    kind: str
    telegram_id: int
    payload: dict[str, Any] = field(default_factory=dict)
    dedupe_key: str | None = None  # a second notice with the same key is not added


async def add_notices(session, notices: Iterable[Notice], now: datetime) -> int:  # noqa: ANN001
    """Queue notices in the caller's transaction; returns how many were added (duplicates by key are not)."""
    notices = list(notices)
    keys = [n.dedupe_key for n in notices if n.dedupe_key]
    seen = set((await session.execute(select(OutboxRow.dedupe_key).where(
        OutboxRow.dedupe_key.in_(keys)))).scalars()) if keys else set()
    added = 0
    for notice in notices:
        if notice.dedupe_key is not None:
            if notice.dedupe_key in seen:
                continue
            seen.add(notice.dedupe_key)
        session.add(OutboxRow(broadcast_id=None, telegram_id=notice.telegram_id, kind=notice.kind,
                              payload=dict(notice.payload), dedupe_key=notice.dedupe_key, state=PENDING,
                              created_at=now))
        added += 1
    await session.flush()
    return added


def admin_notices(admins: Iterable, kind: str, payload: dict[str, Any],  # noqa: ANN001
                  dedupe_key: str | None = None) -> list[Notice]:
    """One notice per admin who can be reached (admins: MemberInfo-like, with can_receive)."""
    return [Notice(kind, a.telegram_id, payload, f"{dedupe_key}:{a.telegram_id}" if dedupe_key else None)
            for a in admins if a.can_receive]


# What else a notice's outcome changes, by kind (a reminder row becomes sent / failed): called in
# the transaction that records the outcome. Registered by the feature that queues the kind.
OutcomeHook = Callable[[Any, dict[str, Any], str, datetime], Awaitable[None]]
OUTCOME_HOOKS: dict[str, OutcomeHook] = {}


@dataclass(frozen=True)
class Job:
    """One claimed message: who gets what, and which row a 已阅 button points at."""

    row_id: int
    broadcast_id: int | None  # None for a notice
    telegram_id: int
    kind: str
    body: str
    file_id: str | None
    receipt_row_id: int | None
    attempts: int
    notice: str | None = None  # a notice's renderer kind
    payload: dict[str, Any] | None = None

    @property
    def is_notice(self) -> bool:
        return self.broadcast_id is None


@dataclass(frozen=True)
class Outcome:
    """What happened to one send. `state` is one of sent / unreachable / failed / pending (retry)."""

    state: str
    message_id: int | None = None
    error: str | None = None
    retry_at: datetime | None = None
    counts_attempt: bool = True  # a 429 is Telegram pacing us, not a failed attempt
    extra: dict[str, Any] | None = None  # what the send learned (a poll's id), for the kind's hook only


class OutboxService:
    def __init__(self, db: Database, clock: Clock, max_attempts: int, lease: timedelta,
                 heartbeat: timedelta) -> None:
        self.db = db
        self.clock = clock
        self.max_attempts = max(1, max_attempts)
        self.lease = lease
        self.heartbeat_every = heartbeat

    # --- processes sharing the rate ------------------------------------------------------

    async def heartbeat(self, process_id: str) -> int:
        """Note this process as alive; return how many sender processes are alive (≥ 1)."""
        try:
            return await self._heartbeat(process_id)
        except IntegrityError:  # the ticker and a drain of this process both wrote its first beat
            return await self._heartbeat(process_id)

    async def _heartbeat(self, process_id: str) -> int:
        now = self.clock.now()
        async with self.db.transaction() as s:
            row = await s.get(SenderProcess, process_id)
            if row is None:
                s.add(SenderProcess(process_id=process_id, seen_at=now))
            else:
                row.seen_at = now
            await s.execute(delete(SenderProcess).where(SenderProcess.seen_at < now - 3 * self.heartbeat_every))
            await s.flush()
            alive = (await s.execute(select(func.count()).select_from(SenderProcess)
                                     .where(SenderProcess.seen_at >= now - self.heartbeat_every))).scalar_one()
        return max(1, alive)

    async def leave(self, process_id: str) -> None:
        async with self.db.transaction() as s:
            await s.execute(delete(SenderProcess).where(SenderProcess.process_id == process_id))

    async def sent_copies(self, kind: str, key_prefix: str) -> list[tuple[int, int, dict[str, Any]]]:
        """Where the notices of `kind` keyed `key_prefix…` were sent: [(chat id, message id, payload)]."""
        async with self.db.transaction() as s:
            return await outbox_queries.sent_copies(s, kind, key_prefix)

    async def queue(self, notices: Iterable[Notice]) -> int:
        """Queue notices in a transaction of their own (for callers with no change to commit them with)."""
        async with self.db.transaction() as s:
            return await add_notices(s, notices, self.clock.now())

    # --- claims --------------------------------------------------------------------------------

    async def claim(self, process_id: str, limit: int, skip: Iterable[int] = ()) -> list[Job]:
        """Claim up to `limit` due notices and rows of sending broadcasts, committed before anything is sent."""
        now = self.clock.now()
        sending = select(Broadcast.id).where(Broadcast.status == "sending")
        due = or_(
            and_(OutboxRow.state == PENDING,
                 or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now)),
            and_(OutboxRow.state == CLAIMED, OutboxRow.claimed_at < now - self.lease),  # a crashed sender's
        )
        stmt = (select(OutboxRow).where(due, or_(OutboxRow.broadcast_id.is_(None), OutboxRow.broadcast_id.in_(sending)))
                .order_by(OutboxRow.id).limit(limit))
        skip = list(skip)
        if skip:  # rows that failed in this run of the sender wait for the next one
            stmt = stmt.where(OutboxRow.id.not_in(skip))
        jobs: list[Job] = []
        async with self.db.transaction() as s:
            rows = list((await s.execute(self.db.for_update(stmt))).scalars())
            broadcasts = {b.id: b for b in (await s.execute(
                select(Broadcast).where(Broadcast.id.in_({r.broadcast_id for r in rows if r.broadcast_id}))))
                .scalars()}
            parents = await self._parent_rows(s, broadcasts, rows)
            for row in rows:
                if row.attempts >= self.max_attempts:  # a row that kept crashing its senders
                    row.state, row.error = FAILED, row.error or "lease expired too often"
                    row.claimed_by = None
                    await self._hook(s, row, FAILED, now)
                    continue
                row.state, row.claimed_at, row.claimed_by = CLAIMED, now, process_id
                row.attempts += 1
                if row.broadcast_id is None:
                    jobs.append(Job(row.id, None, row.telegram_id, "notice", "", None, None, row.attempts,
                                    notice=row.kind, payload=dict(row.payload or {})))
                    continue
                b = broadcasts[row.broadcast_id]
                receipt = parents.get((b.parent_id, row.telegram_id)) if b.parent_id else (
                    row.id if b.needs_receipt else None)
                jobs.append(Job(row.id, b.id, row.telegram_id, b.kind, b.body, b.file_id, receipt, row.attempts))
        return jobs

    async def _parent_rows(self, s, broadcasts: dict[int, Broadcast], rows: list[OutboxRow]) -> dict:  # noqa: ANN001
        """A 提醒未读 reminder's 已阅 button points at the recipient's row of the original notice."""
        parent_ids = {b.parent_id for b in broadcasts.values() if b.parent_id}
        rows = [r for r in rows if r.broadcast_id is not None]
        if not parent_ids:
            return {}
        found = await s.execute(select(OutboxRow.broadcast_id, OutboxRow.telegram_id, OutboxRow.id).where(
            OutboxRow.broadcast_id.in_(parent_ids), OutboxRow.telegram_id.in_({r.telegram_id for r in rows})))
        return {(bid, tid): rid for bid, tid, rid in found}

    async def record(self, process_id: str, job: Job, outcome: Outcome) -> bool:
        """Store what happened to a claimed row; False if the claim was no longer ours."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            row = await s.get(OutboxRow, job.row_id)
            if row is None or row.state != CLAIMED or row.claimed_by != process_id:
                return False
            row.claimed_by, row.claimed_at = None, None
            row.error = outcome.error[:250] if outcome.error else None
            if outcome.state == SENT:
                row.state, row.sent_at, row.sent_message_id = SENT, now, outcome.message_id
            elif outcome.state == UNREACHABLE:
                row.state = UNREACHABLE
                await s.execute(update(Member).where(Member.telegram_id == row.telegram_id).values(reachable=False))
            elif outcome.state == SKIPPED:
                row.state = SKIPPED
            elif outcome.state == PENDING and (not outcome.counts_attempt or row.attempts < self.max_attempts):
                if not outcome.counts_attempt:
                    row.attempts -= 1
                row.state, row.next_attempt_at = PENDING, outcome.retry_at
            else:
                row.state = FAILED
            await self._hook(s, row, row.state, now, outcome.extra)
            return True

    @staticmethod
    async def _hook(s, row: OutboxRow, state: str, now: datetime,  # noqa: ANN001
                    extra: dict[str, Any] | None = None) -> None:
        hook = OUTCOME_HOOKS.get(row.kind or "")
        if hook is not None and row.broadcast_id is None:  # `extra` reaches the hook, not the row
            await hook(s, {**dict(row.payload or {}), **(extra or {})}, state, now)

    async def release(self, process_id: str, jobs: list[Job], retry_at: datetime | None) -> None:
        """Give back claimed rows that were not sent (stop, pause, a 429 hold): not an attempt."""
        if not jobs:
            return
        async with self.db.transaction() as s:
            await s.execute(update(OutboxRow).where(
                OutboxRow.id.in_([j.row_id for j in jobs]), OutboxRow.state == CLAIMED,
                OutboxRow.claimed_by == process_id,
            ).values(state=PENDING, claimed_by=None, claimed_at=None, next_attempt_at=retry_at,
                     attempts=OutboxRow.attempts - 1))

    async def still_sending(self, broadcast_ids: set[int]) -> set[int]:
        async with self.db.transaction() as s:
            return set((await s.execute(select(Broadcast.id).where(
                Broadcast.id.in_(broadcast_ids), Broadcast.status == "sending"))).scalars())

    async def finish_done(self, broadcast_ids: set[int]) -> list[int]:
        """Broadcasts among these with nothing left to send become done; returns those this call finished."""
        finished = []
        now = self.clock.now()
        async with self.db.transaction() as s:
            for bid in sorted(broadcast_ids):
                left = exists().where(OutboxRow.broadcast_id == bid, OutboxRow.state.in_(UNFINISHED))
                result = await s.execute(update(Broadcast).where(
                    Broadcast.id == bid, Broadcast.status == "sending", ~left).values(status="done", finished_at=now))
                if result.rowcount == 1:
                    finished.append(bid)
        return finished

    async def unfinished_broadcasts(self) -> set[int]:
        """Sending broadcasts (to finish ones whose last row another process recorded)."""
        async with self.db.transaction() as s:
            return set((await s.execute(select(Broadcast.id).where(Broadcast.status == "sending"))).scalars())
