"""Updates of different people handled side by side, each person's strictly in arrival order.

Handled one at a time (PTB's default), an update that waits — a reply obeying a 429's
retry_after (handlers/rate_limiter.py), a slow start of an export — held up every update queued
behind it, whoever sent them: at full scale of `make bench-updates` (c) that made the replies'
p95 about 3 s. This is PTB's update processor (`ApplicationBuilder.concurrent_updates`) with
one rule added: an update waits for the end of the previous update of the same person and of
the same chat, so a dialog's steps, a double press of a button and a message right after a
press are handled in the order they came, exactly as before; updates with neither (a poll's
own state) wait for each other. The chain is made when PTB hands the update over, in the
order PTB took them off its queue (PTB's own limit is set far above any queue, so it never
reorders them); at most MAX_CONCURRENT updates whose turn has come run at once.
Not for pacing (handlers/rate_limiter.py) nor for anything a handler decides.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Awaitable, Hashable

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Updates being handled at once, across all people: enough that a few replies waiting out a 429
# never hold up the rest, few enough that a flood cannot open thousands of transactions at once.
MAX_CONCURRENT = 64
# Updates PTB hands over at once (most of them waiting for their turn, which costs a future):
# large, so that one person sending a hundred messages fills no slot another person needs.
MAX_HANDED_OVER = 100_000
_NO_SENDER = ("other",)


def order_keys(update: object) -> tuple[Hashable, ...]:
    """Whose order the update belongs to: its sender and its chat (either may be missing)."""
    if not isinstance(update, Update):
        return (_NO_SENDER,)
    keys: list[Hashable] = []
    if update.effective_user is not None:
        keys.append(("user", update.effective_user.id))
    if update.effective_chat is not None:
        keys.append(("chat", update.effective_chat.id))
    return tuple(keys) or (_NO_SENDER,)


class PerPersonOrder(BaseUpdateProcessor):
    """Concurrent across people, in order within a person and within a chat."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT) -> None:
        super().__init__(MAX_HANDED_OVER)
        # Taken only once an update's turn has come, so updates waiting for their person's earlier
        # ones hold no slot (PTB's own semaphore would count them).
        self._running = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._last: dict[Hashable, asyncio.Future[None]] = {}  # key -> the end of its latest update

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        keys = order_keys(update)
        earlier = {self._last[key] for key in keys if key in self._last}
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        for key in keys:
            self._last[key] = done
        try:
            if earlier:
                # asyncio.wait, not await: a cancelled waiter must not cancel the earlier update's future.
                await asyncio.wait(earlier)
            async with self._running:
                await coroutine
        finally:
            if inspect.iscoroutine(coroutine) and inspect.getcoroutinestate(coroutine) == inspect.CORO_CREATED:
                coroutine.close()  # cancelled before it started: no "never awaited" warning
            done.set_result(None)
            for key in keys:
                if self._last.get(key) is done:
                    del self._last[key]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
