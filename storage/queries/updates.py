"""Queries about processed Telegram updates: the deduplication log."""

from __future__ import annotations

from datetime import datetime

import importlib

from sqlalchemy import delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedUpdate


async def record(s: AsyncSession, update_id: int, received_at: datetime) -> None:
    """Insert the id now; the primary key makes a second delivery fail here with IntegrityError.

    A Core INSERT rather than `s.add` + flush: the ORM's unit of work cost about a millisecond
    of every update."""
    await s.execute(insert(ProcessedUpdate).values(update_id=update_id, received_at=received_at))


async def record_new(s: AsyncSession, update_ids: list[int], received_at: datetime) -> set[int]:
    """Insert the ids not recorded yet, in one statement; the ids this call inserted.

    ON CONFLICT DO NOTHING rather than a failing INSERT, so one id seen before (a redelivery,
    or another process's) leaves the other ids of the batch to go in. On PostgreSQL a
    concurrent transaction inserting the same id makes this one wait for its outcome, so
    exactly one of them gets the id back."""
    if not update_ids:
        return set()
    # The INSERT of the session's own dialect (sqlite or postgresql), imported when first used: the
    # other dialect's package is 2.4 MB a process that never talks to that database would hold.
    dialect = importlib.import_module(f"sqlalchemy.dialects.{s.get_bind().dialect.name}")
    stmt = (dialect.insert(ProcessedUpdate).on_conflict_do_nothing(index_elements=["update_id"])
            .returning(ProcessedUpdate.update_id))
    # executemany with RETURNING: SQLAlchemy sends it as one multi-row INSERT on both databases.
    # In id order: two processes inserting overlapping batches lock the ids in the same order (no deadlock).
    rows = await s.execute(stmt, [{"update_id": i, "received_at": received_at} for i in sorted(set(update_ids))])
    return set(rows.scalars())


async def delete_before(s: AsyncSession, cutoff: datetime) -> int:
    result = await s.execute(delete(ProcessedUpdate).where(ProcessedUpdate.received_at < cutoff))
    return result.rowcount or 0


async def count(s: AsyncSession) -> int:
    return (await s.execute(select(func.count()).select_from(ProcessedUpdate))).scalar_one()
