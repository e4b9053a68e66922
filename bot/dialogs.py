"""Where a person is in a multi-step flow, kept in the database.

One row per person: the flow's name, its step and a small JSON payload. Each
update reads it, so a restart or another bot process continues the flow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.clock import Clock
from storage.db import Database
from storage.queries import dialogs as q


@dataclass(frozen=True)
class Dialog:
    flow: str
    step: str
    data: dict[str, Any] = field(default_factory=dict)


class DialogStore:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def get(self, telegram_id: int) -> Dialog | None:
        async with self.db.transaction() as s:
            return await self.get_in(s, telegram_id)

    async def get_in(self, s, telegram_id: int) -> Dialog | None:  # noqa: ANN001
        row = await q.get(s, telegram_id)
        return Dialog(row.flow, row.step, dict(row.data or {})) if row else None

    async def peek_in(self, s, telegram_id: int) -> Dialog | None:  # noqa: ANN001
        """Same as get_in() for reading only (the update's bookkeeping transaction): no ORM row loaded."""
        found = await q.peek(s, telegram_id)
        return Dialog(found[0], found[1], dict(found[2] or {})) if found else None

    async def peek_many_in(self, s, telegram_ids: list[int]) -> dict[int, Dialog]:  # noqa: ANN001
        """peek_in() for everyone of a group-committed bookkeeping batch, in one SELECT."""
        found = await q.peek_many(s, telegram_ids)
        return {tid: Dialog(flow, step, dict(data or {})) for tid, (flow, step, data) in found.items()}

    async def set(self, telegram_id: int, flow: str, step: str, data: dict[str, Any] | None = None) -> Dialog:
        async with self.db.transaction() as s:
            return await self.set_in(s, telegram_id, flow, step, data)

    async def set_in(self, s, telegram_id: int, flow: str, step: str,  # noqa: ANN001
                     data: dict[str, Any] | None = None) -> Dialog:
        """Same as set(), inside a caller's transaction (so a step and its data commit together)."""
        row = await q.put(s, telegram_id, flow, step, data, self.clock.now())
        return Dialog(flow, step, dict(row.data))

    async def clear(self, telegram_id: int, flow: str | None = None) -> Dialog | None:
        async with self.db.transaction() as s:
            return await self.clear_in(s, telegram_id, flow)

    async def clear_in(self, s, telegram_id: int, flow: str | None = None) -> Dialog | None:  # noqa: ANN001
        row = await q.get(s, telegram_id)
        if row is None or (flow is not None and row.flow != flow):
            return None
        gone = Dialog(row.flow, row.step, dict(row.data or {}))
        await q.remove(s, row)
        return gone

    async def active(self, flow: str) -> list[int]:
        async with self.db.transaction() as s:
            return await q.in_flow(s, flow)

    async def purge(self, telegram_id: int) -> None:
        async with self.db.transaction() as s:
            await q.purge(s, telegram_id)
