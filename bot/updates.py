"""Redelivered updates are handled once: each update id is recorded before handling."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.exc import IntegrityError

from bot.clock import Clock
from storage.db import Database
from storage.queries import updates as q

KEEP_FOR = timedelta(days=3)


class UpdateLog:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def first_time(self, update_id: int) -> bool:
        """Record the id; False if another delivery (or process) already took it."""
        try:
            async with self.db.transaction() as s:
                await q.record(s, update_id, self.clock.now())
        except IntegrityError:
            return False
        return True

    async def prune(self) -> int:
        async with self.db.transaction() as s:
            return await q.delete_before(s, self.clock.now() - KEEP_FOR)
