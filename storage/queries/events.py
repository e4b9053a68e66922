"""Database access of the events feature: events, attendance rows and reminder rows.

Plain async functions taking the caller's AsyncSession; bot/events/ opens the
transaction and holds the rules.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Iterable

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.events import Attendance, Event, Reminder
from storage.models import Member


# --- events -------------------------------------------------------------------------------------

async def get_event(s: AsyncSession, event_id: int) -> Event | None:
    return await s.get(Event, event_id)


def not_ended(now: datetime, grace: timedelta):  # noqa: ANN201
    """An event has not ended: its end is ahead, or (no end) it began less than `grace` ago."""
    return or_(Event.ends_at > now, and_(Event.ends_at.is_(None), Event.starts_at > now - grace))


async def active_not_ended(s: AsyncSession, now: datetime, grace: timedelta, limit: int) -> list[Event]:
    return list((await s.execute(
        select(Event).where(Event.status == "active", not_ended(now, grace))
        .order_by(Event.starts_at, Event.id).limit(limit))).scalars())


async def add_events(s: AsyncSession, rows: list[dict[str, Any]]) -> list[Event]:
    """Insert events (one dict of columns each) and flush, so they have ids."""
    events = [Event(**row) for row in rows]
    s.add_all(events)
    await s.flush()
    return events


# --- attendance ---------------------------------------------------------------------------------

async def answers_of(s: AsyncSession, event_ids: list[int]) -> list[tuple[int, str | None, datetime | None]]:
    """(event id, answer, checked-in time) of every attendance row of these events."""
    return [tuple(r) for r in (await s.execute(
        select(Attendance.event_id, Attendance.answer, Attendance.checked_in_at)
        .where(Attendance.event_id.in_(event_ids)))).all()]


async def attendance_with_members(s: AsyncSession, event_id: int) -> list[tuple[Attendance, Member]]:
    return [(a, m) for a, m in (await s.execute(
        select(Attendance, Member).join(Member, Member.id == Attendance.member_id)
        .where(Attendance.event_id == event_id).order_by(Member.name, Member.id))).all()]


def add_attendances(s: AsyncSession, event_id: int, member_ids: Iterable[int]) -> None:
    for member_id in member_ids:
        s.add(Attendance(event_id=event_id, member_id=member_id))


async def invited_member_ids(s: AsyncSession, event_id: int) -> list[int]:
    return list((await s.execute(select(Attendance.member_id).where(Attendance.event_id == event_id))).scalars())


async def unanswered_member_ids(s: AsyncSession, event_id: int) -> list[int]:
    return list((await s.execute(select(Attendance.member_id).where(
        Attendance.event_id == event_id, Attendance.answer.is_(None)))).scalars())


async def get_attendance(s: AsyncSession, attendance_id: int) -> Attendance | None:
    return await s.get(Attendance, attendance_id)


async def get_member(s: AsyncSession, member_id: int) -> Member | None:
    return await s.get(Member, member_id)


async def member_attendance(s: AsyncSession, telegram_id: int,
                            event_id: int) -> tuple[Event, Attendance, Member] | None:
    """The event, the member's attendance row and the member, when the member was invited."""
    found = (await s.execute(
        select(Event, Attendance, Member).join(Attendance, Attendance.event_id == Event.id)
        .join(Member, Member.id == Attendance.member_id)
        .where(Event.id == event_id, Member.telegram_id == telegram_id))).first()
    return None if found is None else (found[0], found[1], found[2])


async def member_schedule(s: AsyncSession, telegram_id: int, now: datetime, grace: timedelta,
                          limit: int) -> list[tuple[Event, Attendance, Member]]:
    """A member's active events that have not ended, soonest first."""
    return [(e, a, m) for e, a, m in (await s.execute(
        select(Event, Attendance, Member).join(Attendance, Attendance.event_id == Event.id)
        .join(Member, Member.id == Attendance.member_id)
        .where(Member.telegram_id == telegram_id, Event.status == "active", not_ended(now, grace))
        .order_by(Event.starts_at, Event.id).limit(limit))).all()]


async def member_past_attendance(s: AsyncSession, telegram_id: int, now: datetime) -> list[Attendance]:
    """A member's attendance rows of active events that have begun."""
    return [a for _, a in (await s.execute(
        select(Event, Attendance).join(Attendance, Attendance.event_id == Event.id)
        .join(Member, Member.id == Attendance.member_id)
        .where(Member.telegram_id == telegram_id, Event.status == "active", Event.starts_at <= now))).all()]


# --- audience -----------------------------------------------------------------------------------

# --- reminder rows ------------------------------------------------------------------------------

def add_reminders(s: AsyncSession, event_id: int, member_ids: Iterable[int], kind: str, due_at: datetime,
                  now: datetime) -> int:
    """One pending reminder row per member; returns how many."""
    count = 0
    for member_id in member_ids:
        s.add(Reminder(event_id=event_id, member_id=member_id, kind=kind, due_at=due_at, created_at=now))
        count += 1
    return count


async def skip_pending(s: AsyncSession, event_id: int, reason: str, kinds: tuple[str, ...]) -> None:
    await s.execute(update(Reminder).where(
        Reminder.event_id == event_id, Reminder.state == "pending", Reminder.kind.in_(kinds))
        .values(state="skipped", skip_reason=reason))


async def next_pending_due(s: AsyncSession) -> datetime | None:
    return (await s.execute(select(func.min(Reminder.due_at)).where(Reminder.state == "pending"))).scalar_one()


async def reminder_state_counts(s: AsyncSession, event_id: int | None) -> list[tuple[str, str | None, int]]:
    """(state, skip reason, count) groups of reminder rows, of one event or all."""
    stmt = select(Reminder.state, Reminder.skip_reason, func.count()).group_by(Reminder.state, Reminder.skip_reason)
    if event_id is not None:
        stmt = stmt.where(Reminder.event_id == event_id)
    return [tuple(r) for r in (await s.execute(stmt)).all()]


# --- due reminders (locked for the one process that queues them) -------------------------------------

async def lock_due_reminders(s: AsyncSession, db_for_update, now: datetime, stale_before: datetime,  # noqa: ANN001
                             limit: int) -> list[Reminder]:
    """Due pending rows (and claims older than `stale_before`), locked FOR UPDATE SKIP LOCKED."""
    stmt = (select(Reminder).where(or_(
        and_(Reminder.state == "pending", Reminder.due_at <= now),
        and_(Reminder.state == "claimed", Reminder.claimed_at < stale_before)))
        .order_by(Reminder.due_at, Reminder.id).limit(limit))
    return list((await s.execute(db_for_update(stmt))).scalars())


async def events_by_id(s: AsyncSession, event_ids: Iterable[int]) -> dict[int, Event]:
    return {e.id: e for e in (await s.execute(select(Event).where(Event.id.in_(set(event_ids))))).scalars()}


async def members_by_id(s: AsyncSession, member_ids: Iterable[int]) -> dict[int, Member]:
    return {m.id: m for m in (await s.execute(select(Member).where(Member.id.in_(set(member_ids))))).scalars()}


async def series_sizes(s: AsyncSession, series_ids: set[int]) -> dict[int, int]:
    if not series_ids:
        return {}
    return dict((await s.execute(select(Event.series_id, func.count()).where(
        Event.series_id.in_(series_ids)).group_by(Event.series_id))).all())


async def answers_by_pair(s: AsyncSession, event_ids: Iterable[int],
                          member_ids: Iterable[int]) -> dict[tuple[int, int], str | None]:
    return {(a.event_id, a.member_id): a.answer for a in (await s.execute(
        select(Attendance).where(Attendance.event_id.in_(set(event_ids)),
                                 Attendance.member_id.in_(set(member_ids))))).scalars()}


async def set_reminder_states(s: AsyncSession, reminder_ids: Iterable[int], **values: Any) -> None:
    ids = list(reminder_ids)
    if ids:
        await s.execute(update(Reminder).where(Reminder.id.in_(ids)).values(**values))


async def reminder_attendance(s: AsyncSession, reminder_id: int) -> tuple[Attendance, Member] | None:
    """The attendance row and member a reminder row is for (None when either is gone)."""
    found = (await s.execute(
        select(Attendance, Member).join(Reminder, and_(Reminder.event_id == Attendance.event_id,
                                                       Reminder.member_id == Attendance.member_id))
        .join(Member, Member.id == Attendance.member_id)
        .where(Reminder.id == reminder_id))).first()
    return None if found is None else (found[0], found[1])
