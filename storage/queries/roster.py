"""Queries about the roster (委员名册): its rows, their personal invites and the members they bind to.

Plain async functions over the caller's AsyncSession; bot/roster/ owns the transactions
and the rules (which row a file line updates, who may bind).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Invite, KeyValue, Member
from storage.roster import RosterEntry


async def lock_roster(s: AsyncSession) -> None:
    """One import (or link renewal) at a time: two imports at once would both add a person the other had
    not yet written; two renewals would leave an orphan invite that registers anyone.
    SQLite's BEGIN IMMEDIATE already serialises writers; PostgreSQL takes a transaction-level lock."""
    if s.get_bind().dialect.name == "postgresql":
        await s.execute(text("SELECT pg_advisory_xact_lock(hashtext('roster_import'))"))


async def entries(s: AsyncSession) -> list[RosterEntry]:
    """Every roster row, in the order they were first imported."""
    return list((await s.execute(select(RosterEntry).order_by(RosterEntry.id))).scalars())


async def entries_with_people(s: AsyncSession) -> list[tuple[RosterEntry, Member | None, Invite | None]]:
    """Every roster row with its bound member (None: not joined) and its personal invite."""
    stmt = (select(RosterEntry, Member, Invite)
            .outerjoin(Member, Member.id == RosterEntry.member_id)
            .outerjoin(Invite, Invite.id == RosterEntry.invite_id)
            .order_by(RosterEntry.id))
    return [(e, m, i) for e, m, i in (await s.execute(stmt)).all()]


async def members_off_roster(s: AsyncSession) -> list[Member]:
    """Members past the registration form whom no roster row names (joined without the roster)."""
    bound = select(RosterEntry.member_id).where(RosterEntry.member_id.is_not(None))
    stmt = (select(Member).where(Member.status != "registering", Member.id.not_in(bound))
            .order_by(Member.name, Member.id))
    return list((await s.execute(stmt)).scalars())


async def add_with_invites(s: AsyncSession, rows: list[dict[str, object]], invites: list[dict[str, object]]) -> None:
    """New roster rows, each with its own new invite (rows[i] gets invites[i]), as two executemany
    INSERTs: a first import of a few hundred rows is then a handful of round trips, not a thousand."""
    if not rows:
        return
    await s.execute(insert(Invite), invites)
    codes = [str(i["code"]) for i in invites]
    ids: dict[str, int] = {}
    for start in range(0, len(codes), 500):  # well under every backend's limit of bound parameters
        chunk = codes[start:start + 500]
        found = await s.execute(select(Invite.code, Invite.id).where(Invite.code.in_(chunk)))
        ids.update({code: invite_id for code, invite_id in found})
    await s.execute(insert(RosterEntry), [{**row, "invite_id": ids[str(invite["code"])]}
                                          for row, invite in zip(rows, invites)])


async def by_invite(s: AsyncSession, invite_id: int) -> RosterEntry | None:
    return (await s.execute(select(RosterEntry).where(RosterEntry.invite_id == invite_id))).scalar_one_or_none()


async def by_id(s: AsyncSession, entry_id: int) -> RosterEntry | None:
    return await s.get(RosterEntry, entry_id)


async def by_member(s: AsyncSession, member_id: int) -> RosterEntry | None:
    return (await s.execute(select(RosterEntry).where(RosterEntry.member_id == member_id))).scalar_one_or_none()


async def unbound_named(s: AsyncSession, name: str) -> list[RosterEntry]:
    """Rows not yet joined that carry this name (the candidates for a registration's match)."""
    stmt = select(RosterEntry).where(RosterEntry.name == name, RosterEntry.member_id.is_(None))
    return list((await s.execute(stmt.order_by(RosterEntry.id))).scalars())


async def unbound_with_phone(s: AsyncSession, phone: str) -> list[RosterEntry]:
    stmt = select(RosterEntry).where(RosterEntry.phone == phone, RosterEntry.member_id.is_(None))
    return list((await s.execute(stmt.order_by(RosterEntry.id))).scalars())


async def invites(s: AsyncSession, ids: list[int]) -> dict[int, Invite]:
    if not ids:
        return {}
    rows = (await s.execute(select(Invite).where(Invite.id.in_(ids)))).scalars()
    return {row.id: row for row in rows}


async def get_value(s: AsyncSession, key: str) -> str | None:
    row = await s.get(KeyValue, key)
    return row.value if row else None


async def set_value(s: AsyncSession, key: str, value: str, now: datetime) -> None:
    row = await s.get(KeyValue, key)
    if row is None:
        s.add(KeyValue(key=key, value=value, updated_at=now))
    elif row.value != value:
        row.value, row.updated_at = value, now
