"""Queries about invites: the deep-link codes that register without approval."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Invite


async def by_code(s: AsyncSession, code: str) -> Invite | None:
    return (await s.execute(select(Invite).where(Invite.code == code))).scalar_one_or_none()


async def create(s: AsyncSession, *, code: str, created_by: int, max_uses: int, expires_at: datetime,
                 created_at: datetime) -> Invite:
    invite = Invite(code=code, created_by=created_by, max_uses=max_uses, uses=0, expires_at=expires_at,
                    created_at=created_at)
    s.add(invite)
    return invite


async def take_slot(s: AsyncSession, invite_id: int) -> bool:
    """Use one slot in a single UPDATE, so two people cannot both take the last one."""
    result = await s.execute(
        update(Invite).where(Invite.id == invite_id, Invite.uses < Invite.max_uses).values(uses=Invite.uses + 1)
    )
    return result.rowcount == 1
