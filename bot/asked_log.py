"""The log of asked questions, written beside the reply rather than before it.

Every question a member asks is kept (for 查看原文, 👍/👎, suggestions, /kb_gaps), and its
id goes into the answer's buttons. Writing the row before replying cost a transaction
per question on the reply path; instead the id comes from a block reserved ahead (one
transaction per `BLOCK` questions, disjoint across processes through a counter row) and
the rows are written together a moment later (`FLUSH_SECONDS`), in one transaction.
Anything that reads the log (a button of an answer, /kb_gaps) calls `flush()` first, so a
press never misses its row. What a crash loses is at most the last moment's statistics:
a question is not a member's submission, and nothing else was promised on it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy.exc import IntegrityError

from bot.clock import Clock
from storage.db import Database
from storage.queries import asked as q

log = logging.getLogger(__name__)
BLOCK = 200
FLUSH_SECONDS = 0.2


class AskedLog:
    def __init__(self, db: Database, clock: Clock, block: int = BLOCK, flush_seconds: float = FLUSH_SECONDS) -> None:
        self.db = db
        self.clock = clock
        self.block = block
        self.flush_seconds = flush_seconds
        self._next = 0
        self._end = 0  # ids in [_next, _end) are ours
        self._pending: list[dict[str, Any]] = []
        self._reserving = asyncio.Lock()
        self._flushing = asyncio.Lock()
        self._timer: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task] = set()

    async def next_id(self) -> int:
        if self._next >= self._end:
            async with self._reserving:
                if self._next >= self._end:
                    first = await self._reserve()
                    self._next, self._end = first, first + self.block
        value = self._next
        self._next += 1
        return value

    async def _reserve(self) -> int:
        for attempt in range(3):
            try:
                async with self.db.transaction() as s:
                    return await q.reserve_ids(s, self.block, self.clock.now(), lock=self.db.is_postgres)
            except IntegrityError:  # another process created the counter first
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def add(self, row: dict[str, Any]) -> None:
        """Queue a row (with its id from `next_id`); written within `flush_seconds`."""
        self._pending.append(row)
        if self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.flush_seconds, self._flush_soon)

    def _flush_soon(self) -> None:
        self._timer = None
        task = asyncio.get_running_loop().create_task(self._flush_logged())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _flush_logged(self) -> None:
        try:
            await self.flush()
        except Exception:  # noqa: BLE001 - statistics only; the rows stay queued for the next flush
            log.exception("asked questions not written yet")
            if self._pending and self._timer is None:
                self._timer = asyncio.get_running_loop().call_later(1.0, self._flush_soon)

    async def flush(self) -> None:
        """Write every queued row now (one transaction)."""
        async with self._flushing:
            rows, self._pending = self._pending, []
            if not rows:
                return
            try:
                async with self.db.transaction() as s:
                    await q.add_many(s, rows)
            except IntegrityError:  # written already (a flush that failed after its commit): not again
                log.warning("%d asked questions were already written", len(rows))
            except BaseException:
                self._pending[:0] = rows
                raise

    async def close(self) -> None:
        """At stop: write what is queued (a failure is logged; the stop goes on)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        try:
            await self.flush()
        except Exception:  # noqa: BLE001 - statistics only
            log.exception("%d asked questions not written at stop", len(self._pending))
