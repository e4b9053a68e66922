"""Queries about dialog states: the step each person is at in a multi-step flow."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import DialogState


async def get(s: AsyncSession, telegram_id: int) -> DialogState | None:
    return await s.get(DialogState, telegram_id)


async def peek(s: AsyncSession, telegram_id: int) -> tuple[str, str, dict[str, Any] | None] | None:
    """(flow, step, data) of the person's row, read without loading it into the session (cheaper)."""
    row = (await s.execute(select(DialogState.flow, DialogState.step, DialogState.data)
                           .where(DialogState.telegram_id == telegram_id))).first()
    return (row[0], row[1], row[2]) if row is not None else None


async def peek_many(s: AsyncSession, telegram_ids: list[int]) -> dict[int, tuple[str, str, dict[str, Any] | None]]:
    """peek() for many people in one SELECT: their (flow, step, data) by telegram id (absent: in no flow)."""
    if not telegram_ids:
        return {}
    rows = await s.execute(select(DialogState.telegram_id, DialogState.flow, DialogState.step, DialogState.data)
                           .where(DialogState.telegram_id.in_(telegram_ids)))
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


async def put(s: AsyncSession, telegram_id: int, flow: str, step: str, data: dict[str, Any] | None,
              at: datetime) -> DialogState:
    """Create or replace the person's row (flow, step, data) inside the caller's transaction."""
    row = await s.get(DialogState, telegram_id)
    if row is None:
        row = DialogState(telegram_id=telegram_id, flow=flow, step=step, data=data or {}, updated_at=at)
        s.add(row)
    else:
        row.flow, row.step, row.updated_at = flow, step, at
        row.data = dict(data) if data is not None else {}
    return row


async def remove(s: AsyncSession, row: DialogState) -> None:
    await s.delete(row)


async def in_flow(s: AsyncSession, flow: str) -> list[int]:
    """Telegram ids of everyone currently in `flow`."""
    rows = await s.execute(select(DialogState.telegram_id).where(DialogState.flow == flow))
    return [r for (r,) in rows]


async def purge(s: AsyncSession, telegram_id: int) -> None:
    await s.execute(delete(DialogState).where(DialogState.telegram_id == telegram_id))
