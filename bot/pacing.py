"""Telegram's overall budget shared by two lanes: replies first, outbox senders the rest.

One `Pacer` per process, built with the services. Two lanes draw on one bucket, Telegram's
overall limit (about 30 messages/s per bot):
  * the reply lane (handlers/rate_limiter.py: the answer to the person who just wrote,
    button answers, edits): while bulk messages are leaving (one in the last second), a
    reply takes its message from the overall bucket *ahead of* every bulk send waiting
    there (`reply_turn`), so it waits about the rest of the slot the last message took
    (1/rate: 34 ms at 29.4/s), never behind the queue of a broadcast; with no bulk message
    in the last second it leaves at once and is charged. Replies alone above the overall rate are spaced by their own bucket; a reply that finds
    the overall bucket still full after three slots (replies surging in one of several
    processes) goes anyway and is charged, so the bulk lane slows instead;
  * the bulk lane (the outbox senders: broadcasts, reminders, notices) takes `slot`s:
    the overall bucket at `rate_limits.overall_per_second` divided by the number of
    sender processes alive (their heartbeats in the database), then the chat's own
    bucket at `rate_limits.per_chat_per_second` (one per chat, forgotten when idle).
Every message of either lane thus passes the one bucket, so the sum stays at its rate
whether replies flow or not; no share of the rate is kept spare for replies (an earlier
design kept 2 msg/s spare while replies flowed, which held the sum at 90 % of 30/s).
A change in the number of live processes changes the rate of the one overall bucket in
place (`share`): sends already waiting keep waiting on it, so two rates never run at once.

All buckets are aiolimiter leaky buckets. Why the overall bucket of a lone process
holds 1.1 messages rather than 1: a bucket of capacity C at rate r lets at most
N < C + r messages into any second, so with r ≤ 29.4 and C = 1.1 no second carries more
than 30; yet the extra 0.1 absorbs the event loop's wake-up lateness (about a
millisecond a message), which a bucket of exactly 1 turns into a 2–5 % slower
broadcast. With several processes each bucket holds 1 (their sum of capacities
already adds slack).
"""

from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import AsyncIterator

from aiolimiter import AsyncLimiter

_IDLE_CHAT_SECONDS = 60.0
LONE_PROCESS_CAPACITY = 1.1
# Replies may leave this many at once before their own bucket spaces them.
REPLY_BURST = 2.0
# A reply asks the overall bucket for slightly less than a message, then is charged the rest:
# aiolimiter wakes its waiters smallest amount first, so a reply goes ahead of every bulk send
# already waiting (the priority of the reply lane), yet each message still costs exactly 1.
REPLY_CLAIM = 0.99
# At most this many slots' time a reply waits for its slot before it goes anyway (and is charged).
REPLY_WAIT_SLOTS = 3.0
_UNLIMITED = 1_000_000.0
# A reply after a bulk message into its chat waits this much beyond the second: the two requests
# reach Telegram a few milliseconds after they leave, not always equally late.
CHAT_GAP_MARGIN = 0.1
# True inside a bulk send (set by the outbox sender around its call): the reply lane lets it
# through, as the bulk lane has already paced it.
BULK_LANE: ContextVar[bool] = ContextVar("bulk_lane", default=False)


class SharedBucket(AsyncLimiter):
    """An aiolimiter bucket whose rate can change in place and that can be charged without waiting.

    Relies on aiolimiter 1.2's internals (`_leak`, `_level`, `_rate_per_sec`, `_wake_next`),
    pinned in requirements.txt; tests/test_pacing.py checks the behaviour.
    """

    __slots__ = ()

    def __init__(self, per_second: float, capacity: float = 1.0) -> None:
        super().__init__(*self._shape(per_second, capacity))

    @staticmethod
    def _shape(per_second: float, capacity: float) -> tuple[float, float]:
        if per_second <= 0:  # 0 in config: no limit of ours (tests, a local Bot API server)
            return _UNLIMITED, 1.0
        return capacity, capacity / per_second

    def set_rate(self, per_second: float, capacity: float = 1.0) -> None:
        """New rate from now on: what leaked so far leaked at the old rate; waiters are rescheduled."""
        self._leak()
        self.max_rate, self.time_period = self._shape(per_second, capacity)
        self._rate_per_sec = self.max_rate / self.time_period
        self._wake_next()

    def charge(self, amount: float = 1.0) -> None:
        """Count `amount` as used now, even above capacity: waiters wait until it has leaked."""
        self._leak()
        self._level += amount
        self._wake_next()

    def refund(self, amount: float = 1.0) -> None:
        """Give back `amount` taken but not used (never below empty): the next waiter may go sooner."""
        self._leak()
        self._level = max(0.0, self._level - amount)
        self._wake_next()

    def fill(self) -> None:
        """Count the bucket as just used up (never below what it already holds)."""
        self._leak()
        self._level = max(self._level, self.max_rate)
        self._wake_next()


class Pacer:
    def __init__(self, overall_per_second: float, per_chat_per_second: float) -> None:
        self.overall_per_second = overall_per_second
        self.per_chat_per_second = per_chat_per_second
        self.processes = 1
        self._overall = SharedBucket(overall_per_second, LONE_PROCESS_CAPACITY)
        self._replies = SharedBucket(overall_per_second, REPLY_BURST)
        self._chats: dict[int, tuple[SharedBucket, float]] = {}
        self._bulk_sent: dict[int, float] = {}  # chat → monotonic time of its last bulk send
        self._last_bulk = -1e9  # monotonic time of the last bulk slot taken

    @property
    def rate(self) -> float:
        """Bulk messages per second this process may send now (before replies take their part)."""
        return self.overall_per_second / self.processes

    def share(self, processes: int) -> None:
        """Take 1/N of the overall rate when N sender processes are alive (the same bucket, re-rated)."""
        processes = max(1, processes)
        if processes != self.processes:
            self.processes = processes
            self._rerate()

    def _rerate(self) -> None:
        self._overall.set_rate(self.rate, LONE_PROCESS_CAPACITY if self.processes == 1 else 1.0)

    def _chat(self, chat_id: int) -> SharedBucket:
        now = time.monotonic()
        if len(self._chats) > 10_000:
            self._chats = {k: v for k, v in self._chats.items() if now - v[1] < _IDLE_CHAT_SECONDS}
            self._bulk_sent = {k: v for k, v in self._bulk_sent.items() if now - v < _IDLE_CHAT_SECONDS}
        limiter = self._chats.get(chat_id, (None, 0.0))[0] or SharedBucket(self.per_chat_per_second)
        self._chats[chat_id] = (limiter, now)
        return limiter

    def _bulk_gap(self, chat_id: int) -> float:
        """Seconds until Telegram takes another message into a chat that just got a bulk one (0: now)."""
        sent = self._bulk_sent.get(chat_id)
        if sent is None or self.per_chat_per_second <= 0:
            return 0.0
        wait = sent + 1.0 / self.per_chat_per_second + CHAT_GAP_MARGIN - time.monotonic()
        if wait <= 0:
            del self._bulk_sent[chat_id]
        return max(0.0, wait)

    async def settle(self) -> None:
        """Before a run of sends: count the bucket as just used, so a run never opens with a burst.

        Telegram counts every message of the bot; starting full keeps the first second
        of a broadcast at the rate, with room for the admin's progress message and replies.
        """
        self._overall.fill()

    @asynccontextmanager
    async def slot(self, chat_id: int) -> AsyncIterator[None]:
        """Bulk lane: an overall slot and the chat's turn, then the send at once.

        A chat that is not ready yet (a reply or another notice went into it within the
        second) gives its overall slot back and waits for its turn, then for a slot again:
        holding the slot meanwhile would send it late, into the second of the slots that
        followed, one message more than the bucket allowed there (an overall 429 that holds
        every send for a second).
        """
        chat = self._chat(chat_id)
        await self._overall.acquire()
        if not chat.has_capacity():
            self._overall.refund()
            await chat.acquire()
            await self._overall.acquire()
        else:
            await chat.acquire()  # has room: at once
        self._last_bulk = time.monotonic()
        self._bulk_sent[chat_id] = self._last_bulk  # in flight: a reply waits already
        try:
            yield
        finally:  # Telegram counted it by the time it answered: the second runs from here
            self._bulk_sent[chat_id] = time.monotonic()

    async def reply_turn(self, chat_id: int | None = None) -> None:
        """Reply lane: the next message of the overall bucket, ahead of the bulk sends waiting there.

        Waits about one slot (the rest of the second Telegram has already been given) while
        bulk messages are leaving, none otherwise; replies alone above the overall rate are
        spaced by their own bucket. The chat's bulk bucket is charged too (`reply_sent`), so a broadcast does
        not send into a chat in the second after its reply (Telegram would refuse one of the
        two); the other way round, a reply into a chat that got a bulk message less than a
        second ago waits for the rest of that second, as Telegram would refuse it sooner.
        """
        if chat_id is not None:
            # A notice went into this chat within the second: Telegram would refuse the reply
            # with a 429 and a retry_after of a whole second or more, so wait only what is left.
            gap = self._bulk_gap(chat_id)
            if gap > 0:
                await asyncio.sleep(gap)
        await self._replies.acquire()
        if self.rate <= 0:  # no limit of ours
            return
        if time.monotonic() - self._last_bulk >= 1.0:
            # No bulk message in Telegram's last second: only replies are in it, and their own
            # bucket keeps them under the rate (with a burst of REPLY_BURST): go at once.
            self._overall.charge()
            return
        try:
            # A reply's own slot comes within one slot's time, the second of a burst within two;
            # beyond REPLY_WAIT_SLOTS the bucket is full of replies of this process (a surge above
            # its share), and replies are never held for the bulk lane's share. (A limit of one
            # slot fired before a reply's own slot under the event loop's lateness: the reply
            # then left without a slot, one over the second, and met an overall 429.)
            await asyncio.wait_for(self._overall.acquire(REPLY_CLAIM), timeout=REPLY_WAIT_SLOTS / self.rate)
            self._overall.charge(1.0 - REPLY_CLAIM)
        except asyncio.TimeoutError:
            self._overall.charge()

    def reply_sent(self, chat_id: int | None) -> None:
        """After a reply left (answered or not): no bulk message into its chat for a second from now.

        Charged after the send rather than before it, so that the second is counted from when
        Telegram saw the reply, however long the request took."""
        if chat_id is not None:
            self._chat(chat_id).charge()
