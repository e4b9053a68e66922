"""The pace of the outbox senders (broadcasts, reminders): Telegram's overall and per-chat limits.

One `Pacer` per process, built with the services and shared by every sender in it.
Both limits are aiolimiter leaky buckets of capacity one, so messages leave evenly
spaced rather than in bursts:
  * overall: `rate_limits.overall_per_second`, divided by the number of sender
    processes alive (their heartbeats in the database), so N processes together
    stay under Telegram's limit instead of each taking all of it;
  * per chat: `rate_limits.per_chat_per_second`, one bucket per chat, forgotten
    when idle, taken right before the send (see `slot`).
Ordinary replies do not pass through here, so they are never slowed by this pacing.

Why the overall bucket of a lone process holds 1.1 messages rather than 1: a bucket
of capacity C at rate r lets at most N < C + r messages into any second, so with
r ≤ 29.5 and C = 1.1 no second ever carries more than 30 (with 0.4 of a message to
spare for jitter on the way to Telegram); yet the extra 0.1 absorbs the event loop's
wake-up lateness (about a millisecond a message), which a bucket of exactly 1 turns
into a 2–5 % slower broadcast. With several processes each bucket
holds 1 (their sum of capacities already adds slack), so keep overall_per_second
≤ 30 − N there.
"""

from __future__ import annotations

import time
from contextlib import asynccontextmanager
from typing import AsyncIterator

from aiolimiter import AsyncLimiter

_IDLE_CHAT_SECONDS = 60.0
LONE_PROCESS_CAPACITY = 1.1


class Pacer:
    def __init__(self, overall_per_second: float, per_chat_per_second: float) -> None:
        self.overall_per_second = overall_per_second
        self.per_chat_per_second = per_chat_per_second
        self.processes = 1
        self._overall = self._bucket(overall_per_second, LONE_PROCESS_CAPACITY)
        self._chats: dict[int, tuple[AsyncLimiter, float]] = {}

    @staticmethod
    def _bucket(per_second: float, capacity: float = 1.0) -> AsyncLimiter:
        if per_second <= 0:  # 0 in config: no limit of ours (tests, a local Bot API server)
            return AsyncLimiter(1_000_000, 1)
        return AsyncLimiter(capacity, capacity / per_second)

    @property
    def rate(self) -> float:
        """Messages per second this process may send now."""
        return self.overall_per_second / self.processes

    def share(self, processes: int) -> None:
        """Take 1/N of the overall rate when N sender processes are alive."""
        processes = max(1, processes)
        if processes != self.processes:
            self.processes = processes
            self._overall = self._bucket(self.rate, LONE_PROCESS_CAPACITY if processes == 1 else 1.0)

    def _chat(self, chat_id: int) -> AsyncLimiter:
        now = time.monotonic()
        if len(self._chats) > 10_000:
            self._chats = {k: v for k, v in self._chats.items() if now - v[1] < _IDLE_CHAT_SECONDS}
        limiter = self._chats.get(chat_id, (None, 0.0))[0] or self._bucket(self.per_chat_per_second)
        self._chats[chat_id] = (limiter, now)
        return limiter

    async def settle(self) -> None:
        """Before a run of sends: count the bucket as just used, so a run never opens with a burst.

        Telegram counts every message of the bot; starting full keeps the first second
        of a broadcast at the rate, with room for the admin's progress message and replies.
        """
        await self._overall.acquire(self._overall.max_rate)

    @asynccontextmanager
    async def slot(self, chat_id: int) -> AsyncIterator[None]:
        """An overall slot, then the chat's turn, then the send at once.

        The chat's bucket is taken last so that its spacing is the spacing of the sends
        themselves. A chat that is not ready yet (a second message within the second:
        rare, as a broadcast sends each chat one message) waits for its turn after the
        overall slot, whose share of the second then goes unused.
        """
        async with self._overall:
            async with self._chat(chat_id):
                yield
