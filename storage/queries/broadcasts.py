"""Queries of the broadcasts feature: notices, their outbox rows and their recipients.

Plain async functions over the caller's AsyncSession; the services in
bot/broadcasts/ hold the transaction and the rules, this module only the SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import Select, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.broadcasts import Broadcast, OutboxRow
from storage.models import Member

FINISHED = ("done", "cancelled")


# --- notices ---------------------------------------------------------------------------------------

async def get(s: AsyncSession, broadcast_id: int) -> Broadcast | None:
    return await s.get(Broadcast, broadcast_id)


async def add(s: AsyncSession, **fields: object) -> Broadcast:
    """A new broadcast row, flushed so its id is known."""
    b = Broadcast(**fields)
    s.add(b)
    await s.flush()
    return b


async def cancel_drafts(s: AsyncSession, author_id: int) -> None:
    await s.execute(update(Broadcast).where(Broadcast.author_id == author_id, Broadcast.status == "draft")
                    .values(status="cancelled"))


async def drafts(s: AsyncSession, author_id: int, broadcast_id: int | None = None) -> list[Broadcast]:
    stmt = select(Broadcast).where(Broadcast.author_id == author_id, Broadcast.status == "draft")
    if broadcast_id is not None:
        stmt = stmt.where(Broadcast.id == broadcast_id)
    return list((await s.execute(stmt)).scalars())


async def due_scheduled(s: AsyncSession, now: datetime, lock: Callable[[Select], Select]) -> list[Broadcast]:
    """Scheduled broadcasts whose time has come, claimed through `lock` (Database.for_update)."""
    return list((await s.execute(lock(
        select(Broadcast).where(Broadcast.status == "scheduled", Broadcast.scheduled_at <= now)
        .order_by(Broadcast.scheduled_at)))).scalars())


async def next_scheduled_at(s: AsyncSession) -> datetime | None:
    """When the earliest scheduled broadcast is to start."""
    return (await s.execute(select(func.min(Broadcast.scheduled_at))
                            .where(Broadcast.status == "scheduled"))).scalar_one()


async def next_retry_at(s: AsyncSession, after: datetime) -> datetime | None:
    """The earliest retry after `after` of a row waiting in a broadcast that is sending."""
    sending = select(Broadcast.id).where(Broadcast.status == "sending")
    return (await s.execute(select(func.min(OutboxRow.next_attempt_at)).where(
        OutboxRow.state == "pending", OutboxRow.next_attempt_at > after,
        OutboxRow.broadcast_id.in_(sending)))).scalar_one()


async def recent(s: AsyncSession, limit: int) -> list[Broadcast]:
    """The latest notices (not drafts, not reminders, not cancelled before they started), newest first."""
    shown = (Broadcast.status.in_(("scheduled", "sending", "paused", "done")) |
             ((Broadcast.status == "cancelled") & Broadcast.started_at.is_not(None)))
    return list((await s.execute(select(Broadcast).where(shown, Broadcast.parent_id.is_(None))
                                 .order_by(Broadcast.id.desc()).limit(limit))).scalars())


async def claim_progress_edit(s: AsyncSession, broadcast_id: int, now: datetime, every: timedelta,
                              force: bool) -> bool:
    stmt = update(Broadcast).where(Broadcast.id == broadcast_id, Broadcast.progress_message_id.is_not(None))
    if not force:
        stmt = stmt.where((Broadcast.progress_edited_at.is_(None)) | (Broadcast.progress_edited_at <= now - every))
    return (await s.execute(stmt.values(progress_edited_at=now))).rowcount == 1


async def claim_report(s: AsyncSession, broadcast_id: int, now: datetime) -> bool:
    result = await s.execute(update(Broadcast).where(
        Broadcast.id == broadcast_id, Broadcast.reported_at.is_(None),
        Broadcast.status.in_(FINISHED)).values(reported_at=now))
    return result.rowcount == 1


async def release_report(s: AsyncSession, broadcast_id: int) -> None:
    await s.execute(update(Broadcast).where(Broadcast.id == broadcast_id).values(reported_at=None))


async def unreported(s: AsyncSession) -> list[int]:
    return list((await s.execute(select(Broadcast.id).where(
        Broadcast.status.in_(FINISHED), Broadcast.reported_at.is_(None),
        Broadcast.started_at.is_not(None)))).scalars())


# --- recipients --------------------------------------------------------------------------------------

# --- outbox rows ---------------------------------------------------------------------------------------

async def add_outbox_rows(s: AsyncSession, broadcast_id: int,
                          rows: list[tuple[int, str, str | None]]) -> None:
    """A broadcast's outbox rows, (telegram_id, state, error) each, in one bulk INSERT.

    One statement rather than an ORM object a row: 3 000 recipients were written in 0.6 s
    (more on a busy machine) before the first notice could leave; none is read back here."""
    if rows:
        await s.execute(insert(OutboxRow), [
            {"broadcast_id": broadcast_id, "telegram_id": tid, "state": state, "error": error}
            for tid, state, error in rows])


async def receipt_rows(s: AsyncSession, row_ids: list[int]) -> dict[int, tuple[int, int | None]]:
    """(telegram_id, broadcast_id) of each outbox row asked for that exists, by id, in one SELECT."""
    rows = await s.execute(select(OutboxRow.id, OutboxRow.telegram_id, OutboxRow.broadcast_id)
                           .where(OutboxRow.id.in_(row_ids)))
    return {r[0]: (r[1], r[2]) for r in rows}


async def mark_read_many(s: AsyncSession, row_ids: list[int], at: datetime) -> set[int]:
    """Set read_at on the rows not read yet, in one UPDATE; the ids this call marked (the others were read
    already, here or by a concurrent transaction that committed first)."""
    if not row_ids:
        return set()
    result = await s.execute(update(OutboxRow).where(OutboxRow.id.in_(row_ids), OutboxRow.read_at.is_(None))
                             .values(read_at=at).returning(OutboxRow.id)
                             .execution_options(synchronize_session=False))
    return set(result.scalars())


async def state_counts(s: AsyncSession, broadcast_id: int) -> dict[str, int]:
    return dict((await s.execute(select(OutboxRow.state, func.count()).where(
        OutboxRow.broadcast_id == broadcast_id).group_by(OutboxRow.state))).all())


async def read_count(s: AsyncSession, broadcast_id: int) -> int:
    return (await s.execute(select(func.count()).select_from(OutboxRow).where(
        OutboxRow.broadcast_id == broadcast_id, OutboxRow.read_at.is_not(None)))).scalar_one()


async def outcome_rows(s: AsyncSession, broadcast_id: int) -> list[tuple[OutboxRow, Member | None]]:
    """Every outbox row of a broadcast with its member (None when the member is gone), in order."""
    return [(r, m) for r, m in (await s.execute(select(OutboxRow, Member).join(
        Member, Member.telegram_id == OutboxRow.telegram_id, isouter=True).where(
        OutboxRow.broadcast_id == broadcast_id).order_by(OutboxRow.id))).all()]


async def unread_recipients(s: AsyncSession, broadcast_id: int, sent_state: str) -> list[int]:
    """Telegram ids that got the notice (row in `sent_state`) and have not pressed 已阅."""
    return list((await s.execute(select(OutboxRow.telegram_id).where(
        OutboxRow.broadcast_id == broadcast_id, OutboxRow.state == sent_state,
        OutboxRow.read_at.is_(None)))).scalars())
