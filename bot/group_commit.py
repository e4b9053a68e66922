"""Group commit: the small writes of many updates in flight done in one transaction.

Under a crowd, up to 64 updates are handled at once (handlers/update_order.py), and each
used to open its own short transaction for its bookkeeping or its 已阅; the transactions,
not the rows, were the cost. Here each caller submits its item and awaits its own result;
one flush at a time takes every item pending and runs `work(session, items)` in one
transaction, and resolves the callers only after that transaction has committed, so a
caller's write is as durable when it resumes as it was with a transaction of its own.
Items that arrive while a flush runs wait for the next one: under load one transaction
serves many callers, and a caller alone waits for no timer.

`work` returns one result per item, in order; a result that is an exception is raised to
that caller alone (a refusal, not a failure). If the shared transaction itself fails, each
item is retried in a transaction of its own, so one bad item fails only its own caller.
"""

from __future__ import annotations

import asyncio
from typing import Awaitable, Callable, Generic, Sequence, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import Database

T = TypeVar("T")
R = TypeVar("R")

# Enough for every update in flight (MAX_CONCURRENT in handlers/update_order.py) and then some;
# bounded so a statement's parameters stay well under the databases' limits.
MAX_BATCH = 256


class GroupCommit(Generic[T, R]):
    def __init__(self, db: Database, work: Callable[[AsyncSession, Sequence[T]], Awaitable[Sequence[object]]],
                 max_batch: int = MAX_BATCH) -> None:
        self.db = db
        self.work = work
        self.max_batch = max_batch
        self._pending: list[tuple[T, asyncio.Future]] = []
        self._flusher: asyncio.Task | None = None
        self.transactions = 0  # committed or not, for tests and the bench: how many were opened

    async def submit(self, item: T) -> R:
        """Queue the item and wait until the transaction that wrote it has committed."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future = loop.create_future()
        self._pending.append((item, done))
        if self._flusher is None:
            self._flusher = loop.create_task(self._run(), name="group-commit")
        return await done

    async def _run(self) -> None:
        try:
            while self._pending:
                batch, self._pending = self._pending[:self.max_batch], self._pending[self.max_batch:]
                await self._flush(batch)
        finally:
            # No await since the loop's last check: a submit from now on starts a new flusher.
            self._flusher = None

    async def _flush(self, batch: list[tuple[T, asyncio.Future]]) -> None:
        try:
            self.transactions += 1
            async with self.db.transaction() as s:
                results = await self.work(s, [item for item, _ in batch])
        except Exception as exc:  # noqa: BLE001 - handed to the callers, one by one
            if len(batch) == 1:
                _settle(batch[0][1], exc)
                return
            for single in batch:  # whose item broke it: each alone, so the others still go through
                await self._flush([single])
            return
        except BaseException as exc:  # cancelled (a stop): the callers are told, then it goes on
            for _, done in batch:
                _settle(done, asyncio.CancelledError() if isinstance(exc, asyncio.CancelledError) else exc)
            raise
        for (_, done), result in zip(batch, results, strict=True):
            _settle(done, result)


def _settle(done: asyncio.Future, result: object) -> None:
    if done.done():  # the caller was cancelled meanwhile: its write stands, nobody is waiting
        return
    if isinstance(result, BaseException):
        done.set_exception(result)
    else:
        done.set_result(result)
