"""The pace of the outbox senders (broadcasts, reminders): Telegram's overall and per-chat limits.

One `Pacer` per process, built with the services and shared by every sender in it.
Both limits are aiolimiter leaky buckets of capacity one, so messages leave evenly
spaced rather than in bursts:
  * overall: `rate_limits.overall_per_second`, divided by the number of sender
    processes alive (their heartbeats in the database), so N processes together
    stay under Telegram's limit instead of each taking all of it;
  * per chat: `rate_limits.per_chat_per_second`, one bucket per chat, forgotten
    when idle.
Ordinary replies do not pass through here, so they are never slowed by this pacing.
"""

from __future__ import annotations

import time
from contextlib import asynccontextmanager
from typing import AsyncIterator

from aiolimiter import AsyncLimiter

_IDLE_CHAT_SECONDS = 60.0


class Pacer:
    def __init__(self, overall_per_second: float, per_chat_per_second: float) -> None:
        self.overall_per_second = overall_per_second
        self.per_chat_per_second = per_chat_per_second
        self.processes = 1
        self._overall = self._bucket(overall_per_second)
        self._chats: dict[int, tuple[AsyncLimiter, float]] = {}

    @staticmethod
    def _bucket(per_second: float) -> AsyncLimiter:
        if per_second <= 0:  # 0 in config: no limit of ours (tests, a local Bot API server)
            return AsyncLimiter(1_000_000, 1)
        return AsyncLimiter(1, 1 / per_second)

    @property
    def rate(self) -> float:
        """Messages per second this process may send now."""
        return self.overall_per_second / self.processes

    def share(self, processes: int) -> None:
        """Take 1/N of the overall rate when N sender processes are alive."""
        processes = max(1, processes)
        if processes != self.processes:
            self.processes = processes
            self._overall = self._bucket(self.rate)

    def _chat(self, chat_id: int) -> AsyncLimiter:
        now = time.monotonic()
        if len(self._chats) > 10_000:
            self._chats = {k: v for k, v in self._chats.items() if now - v[1] < _IDLE_CHAT_SECONDS}
        limiter = self._chats.get(chat_id, (None, 0.0))[0] or self._bucket(self.per_chat_per_second)
        self._chats[chat_id] = (limiter, now)
        return limiter

    @asynccontextmanager
    async def slot(self, chat_id: int) -> AsyncIterator[None]:
        """Wait for the chat's turn, then for an overall slot (so a busy chat holds no overall slot)."""
        async with self._chat(chat_id):
            async with self._overall:
                yield
