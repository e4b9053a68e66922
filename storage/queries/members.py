"""Queries about members: look-ups, lists, counts, presence and the one audience rule.

Plain async functions over the caller's AsyncSession; the services own the
transaction and turn rows into their own dataclasses.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Member

# The statuses of a member record (see storage/models.py: Member.status).
ACTIVE, PENDING, REGISTERING, BLOCKED = "active", "pending", "registering", "blocked"


async def by_telegram_id(s: AsyncSession, telegram_id: int) -> Member | None:
    return (await s.execute(select(Member).where(Member.telegram_id == telegram_id))).scalar_one_or_none()


async def rows_by_telegram_ids(s: AsyncSession, telegram_ids: list[int]) -> list[Row]:
    """The records of many people in one Core SELECT (rows with the columns as attributes, no ORM objects)."""
    table = Member.__table__
    return list(await s.execute(select(table).where(table.c.telegram_id.in_(telegram_ids))))


# Marks the noting statement for bot/member_cache.py: it changes only names and reachability of
# rows whose cache entries the caller replaces, so it need not empty the whole cache.
NOTING = {"member_cache": "noting"}


async def note_many(s: AsyncSession, changes: list[dict[str, object]]) -> None:
    """Write the names and chat state of many members at once (keys: tid, tg_name, username,
    chat_started, reachable, name), one executemany UPDATE by telegram id."""
    if not changes:
        return
    table = Member.__table__
    stmt = (update(table).where(table.c.telegram_id == bindparam("tid"))
            .values(tg_name=bindparam("tg_name"), username=bindparam("username"),
                    chat_started=bindparam("chat_started"), reachable=bindparam("reachable"),
                    name=bindparam("name"))
            .execution_options(**NOTING))
    await s.execute(stmt, changes)


async def by_id(s: AsyncSession, member_id: int) -> Member | None:
    return await s.get(Member, member_id)


async def create(s: AsyncSession, *, telegram_id: int, created_at: datetime, **fields: object) -> Member:
    """Add a member record and flush, so its id is known inside the transaction."""
    row = Member(telegram_id=telegram_id, created_at=created_at, **fields)
    s.add(row)
    await s.flush()
    return row


async def admins(s: AsyncSession, configured: Collection[int]) -> list[Member]:
    """Active admins by role, and every configured admin id whatever the record says, by id."""
    stmt = select(Member).where(or_(and_(Member.role == "admin", Member.status == ACTIVE),
                                    Member.telegram_id.in_(list(configured))))
    return list((await s.execute(stmt.order_by(Member.id))).scalars())


async def active_named_like(s: AsyncSession, name: str, limit: int) -> list[Member]:
    """Active members whose name contains `name`, by name."""
    stmt = select(Member).where(Member.status == ACTIVE, Member.name.contains(name))
    return list((await s.execute(stmt.order_by(Member.name).limit(limit))).scalars())


async def with_status(s: AsyncSession, status: str) -> list[Member]:
    """Members in one status, oldest record first (e.g. the pending registrations)."""
    stmt = select(Member).where(Member.status == status).order_by(Member.created_at)
    return list((await s.execute(stmt)).scalars())


async def listed(s: AsyncSession) -> list[Member]:
    """Everyone past the registration form, by name: the admins' member overview."""
    stmt = select(Member).where(Member.status != REGISTERING).order_by(Member.name, Member.id)
    return list((await s.execute(stmt)).scalars())


async def count_with_status(s: AsyncSession, status: str) -> int:
    stmt = select(func.count()).select_from(Member).where(Member.status == status)
    return (await s.execute(stmt)).scalar_one()


async def counts_by_status(s: AsyncSession) -> dict[str, int]:
    rows = (await s.execute(select(Member.status, func.count()).group_by(Member.status))).all()
    return {status: count for status, count in rows}


async def mark_unreachable(s: AsyncSession, telegram_id: int) -> None:
    """Telegram answered 403: the person blocked the bot."""
    await s.execute(update(Member).where(Member.telegram_id == telegram_id).values(reachable=False))


async def audience(s: AsyncSession, *, everyone: bool = False, committees: Collection[str] = (),
                   sectors: Collection[str] = (), telegram_ids: Collection[int] = ()) -> list[Member]:
    """The one audience rule for events and broadcasts, by id.

    全体委员 (`everyone`) is every approved, unblocked 委员: status active, and either
    role member or an admin who registered as a 委员 (registration always records a
    sector). Staff admins who never registered (ADMIN_IDS) are not 委员 and are left
    out. A committee (专委会) or sector (界别) group is the 委员 of any named one;
    `telegram_ids` picks active members by id as they are (a reminder to the unread).
    Whether the bot can reach each one is the caller's to show (chat_started,
    reachable), so a picker can name those who will not get the message.
    """
    registered = or_(Member.role == "member", Member.sector.is_not(None))
    picks = []
    if everyone:
        picks.append(registered)
    else:
        if committees:
            picks.append(and_(registered, Member.special_committee.in_(list(committees))))
        if sectors:
            picks.append(and_(registered, Member.sector.in_(list(sectors))))
    if telegram_ids:
        picks.append(Member.telegram_id.in_(list(telegram_ids)))
    if not picks:
        return []
    stmt = select(Member).where(Member.status == ACTIVE, or_(*picks))
    return list((await s.execute(stmt.order_by(Member.id))).scalars())
