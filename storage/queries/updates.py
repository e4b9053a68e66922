"""Queries about processed Telegram updates: the deduplication log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedUpdate


async def record(s: AsyncSession, update_id: int, received_at: datetime) -> None:
    """Add the id; the primary key makes a second delivery fail with IntegrityError at commit."""
    s.add(ProcessedUpdate(update_id=update_id, received_at=received_at))


async def delete_before(s: AsyncSession, cutoff: datetime) -> int:
    result = await s.execute(delete(ProcessedUpdate).where(ProcessedUpdate.received_at < cutoff))
    return result.rowcount or 0


async def count(s: AsyncSession) -> int:
    return (await s.execute(select(func.count()).select_from(ProcessedUpdate))).scalar_one()
