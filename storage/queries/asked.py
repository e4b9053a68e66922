"""Queries of the asked-questions log: blocks of ids reserved ahead, rows written in batches."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.knowledge import AskedQuestion
from storage.models import KeyValue

NEXT_ID_KEY = "kb_questions_next_id"


async def reserve_ids(s: AsyncSession, count: int, at: datetime, lock: bool) -> int:
    """The first of `count` ids no other process will use: the shared counter moves past them.

    Never below the highest id already written, so rows written any other way cannot collide.
    `lock` (PostgreSQL) holds the counter's row until commit; SQLite's BEGIN IMMEDIATE already does.
    """
    stmt = select(KeyValue).where(KeyValue.key == NEXT_ID_KEY)
    row = (await s.execute(stmt.with_for_update() if lock else stmt)).scalar_one_or_none()
    highest = (await s.execute(select(func.max(AskedQuestion.id)))).scalar_one() or 0
    first = max(int(row.value) if row is not None and row.value.isdigit() else 0, highest + 1)
    if row is None:  # a second process inserting it at the same time fails on the key and tries again
        s.add(KeyValue(key=NEXT_ID_KEY, value=str(first + count), updated_at=at))
    else:
        row.value, row.updated_at = str(first + count), at
    return first


async def add_many(s: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """One INSERT of many rows (each with its reserved id)."""
    if rows:
        await s.execute(insert(AskedQuestion), rows)
