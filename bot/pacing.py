"""Telegram's overall budget shared by two lanes: replies first, outbox senders the rest.

One `Pacer` per process, built with the services. Two lanes draw on one budget, Telegram's
overall limit (30 messages in any second per bot), kept by two aiolimiter pieces:
  * the *window* (`Window`): at most `rate_limits.overall_per_second` ÷ (sender processes
    alive) messages whose second at Telegram may still be running. A message takes a place
    before it leaves and gives it back one second after Telegram answered it (Telegram had
    counted it by then), so however late the event loop, the machine or the network carried
    any message, no second at Telegram holds more than the window's size of this process's
    messages, exactly, with no assumption about either. The price is the round trip: the
    window holds the second at 30/(1 + round trip) messages a second; against a Bot API next
    to the bot (the project's fake: under a millisecond) that is 29.97/s, against Telegram
    100 ms away 27.3/s (the earlier bucket held 29.4/s whatever the distance, assuming each
    message reached Telegram within 17 ms of the time the message thirty after it would);
  * the *bucket* (an aiolimiter leaky bucket at the same rate): spaces bulk messages evenly
    and is charged for every reply, so the bulk lane slows exactly as much as people are
    answered. It holds CATCH_UP_SECONDS of messages (10 at 30/s), so what a stall of the event
    loop (the machine busy) held back leaves right after it instead of being lost to the run:
    the window keeps even that catch-up within the second.
The lanes:
  * the reply lane (handlers/rate_limiter.py: the answer to the person who just wrote,
    button answers, edits): a reply takes the next place of the window *ahead of* every bulk
    send waiting there (`reply_turn`; aiolimiter wakes its smallest request first, and a
    reply asks for 0.99 of a place), so while a broadcast fills the second it waits about
    one place's time (33 ms at 30/s), never behind the queue of a broadcast; otherwise it
    leaves at once. Replies alone above the overall rate are spaced by their own bucket, and
    no reply goes beyond the window either: with N sender processes, one process's replies
    alone get at most 30/N a second (the processes do not see each other's seconds);
  * the bulk lane (the outbox senders: broadcasts, reminders, notices) takes `slot`s: the
    bucket, then the chat's own bucket at `rate_limits.per_chat_per_second` (one per chat,
    forgotten when idle), then a place of the window.
No share of the rate is kept spare for replies (an earlier design kept 2 msg/s spare while
replies flowed, which held the sum at 90 % of 30/s). A change in the number of live
processes changes the size of the one window and the rate of the one bucket in place
(`share`): sends already waiting keep waiting on them, and the places taken in the last
second stay taken, so two rates never run at once.
"""

from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import AsyncIterator

from aiolimiter import AsyncLimiter

_IDLE_CHAT_SECONDS = 60.0
# The bulk bucket holds this many seconds of messages: what a stall of the event loop up to this long
# held back leaves at once afterwards (the window keeps the second), instead of being lost to the run.
# (It held 1.1 messages while it alone kept the second: the stalls of a busy machine cost a broadcast
# about 1 % of its rate.)
CATCH_UP_SECONDS = 1 / 3
# A place whose message never reported its answer (a bug) still comes back this long after it was taken.
_PLACE_LIMIT_SECONDS = 30.0
# Replies may leave this many at once before their own bucket spaces them.
REPLY_BURST = 2.0
# A reply asks the window for slightly less than a place, then is charged the rest: aiolimiter
# wakes its waiters smallest amount first, so a reply goes ahead of every bulk send already
# waiting (the priority of the reply lane), yet each message still costs exactly 1.
REPLY_CLAIM = 0.99
_UNLIMITED = 1_000_000.0
_NO_LEAK = 1e-9  # the window's "rate": its places come back only when given back
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


def _catch_up(rate: float) -> float:
    return max(1.0, rate * CATCH_UP_SECONDS)


class Window(SharedBucket):
    """Telegram's second: at most `size` messages taken and not given back (a bucket that does not leak).

    Each message takes a place (`take`) and holds it as a `Place` until one second after
    Telegram answered it; re-sized in place when the number of sender processes changes.
    """

    __slots__ = ()

    def __init__(self, size: float) -> None:
        super().__init__(*self._size(size))

    @staticmethod
    def _size(size: float) -> tuple[float, float]:
        # At least one place (a rate below 1/s is spaced by the bucket); 0: no limit of ours.
        return (_NO_LEAK, max(1.0, size)) if size > 0 else (0.0, 1.0)

    def resize(self, size: float) -> None:
        self.set_rate(*self._size(size))

    async def take(self, amount: float = 1.0) -> Place:
        await self.acquire(amount)
        self.charge(1.0 - amount)
        return Place(self)

    def hold_for_a_second(self, places: float) -> None:
        """Count `places` as taken for the next second (messages this window did not send)."""
        if self.max_rate >= _UNLIMITED:
            return
        self.charge(places)
        asyncio.get_running_loop().call_later(1.0, self.refund, places)


class Place:
    """One message's place in its second, given back one second after Telegram answered the message
    (`answered`)."""

    __slots__ = ("_window", "_handle")

    def __init__(self, window: Window) -> None:
        self._window = window
        self._handle = asyncio.get_running_loop().call_later(_PLACE_LIMIT_SECONDS, window.refund)

    def answered(self) -> None:
        """Telegram answered (or the request failed): the message's second ends a second from now."""
        if self._handle.cancelled():  # answered already
            return
        self._handle.cancel()
        self._handle = asyncio.get_running_loop().call_later(1.0, self._window.refund)


class Pacer:
    def __init__(self, overall_per_second: float, per_chat_per_second: float) -> None:
        self.overall_per_second = overall_per_second
        self.per_chat_per_second = per_chat_per_second
        self.processes = 1
        self._shared = False  # share() not called yet: the other processes are not known
        self._overall = SharedBucket(overall_per_second, _catch_up(overall_per_second))
        self._window = Window(overall_per_second)
        self._replies = SharedBucket(overall_per_second, REPLY_BURST)
        self._chats: dict[int, tuple[SharedBucket, float]] = {}
        self._bulk_sent: dict[int, float] = {}  # chat → monotonic time of its last bulk send

    @property
    def rate(self) -> float:
        """Bulk messages per second this process may send now (before replies take their part)."""
        return self.overall_per_second / self.processes

    def share(self, processes: int) -> None:
        """Take 1/N of the overall rate when N sender processes are alive (the same window and bucket, re-rated).

        The messages other processes sent in the last second are still counted at Telegram, and
        this window does not hold them: so places this process gains (a process went away) come
        a second late, and so does the whole window of a process that first finds others alive
        (they were sending before it). A process whose window shrinks keeps its places taken.
        """
        processes = max(1, processes)
        first, self._shared = not self._shared, True
        if processes != self.processes:
            before = self._window.max_rate
            self.processes = processes
            self._overall.set_rate(self.rate, _catch_up(self.rate))
            self._window.resize(self.rate)
            if self._window.max_rate > before:
                self._window.hold_for_a_second(self._window.max_rate - before)
        if first and processes > 1:
            self._window.hold_for_a_second(self._window.max_rate)

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
        of a broadcast at the rate (no catch-up burst), with room for the admin's
        progress message and replies.
        """
        self._overall.fill()

    @asynccontextmanager
    async def slot(self, chat_id: int) -> AsyncIterator[None]:
        """Bulk lane: an overall slot, the chat's turn and a place in the window, then the send at once.

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
        place = await self._window.take()
        self._bulk_sent[chat_id] = time.monotonic()  # in flight: a reply waits already
        try:
            yield
        finally:  # Telegram counted it by the time it answered: the second runs from here
            place.answered()
            self._bulk_sent[chat_id] = time.monotonic()

    async def reply_turn(self, chat_id: int | None = None) -> Place | None:
        """Reply lane: the next place of the window, ahead of the bulk sends waiting there.

        Waits about one place's time while a broadcast fills the second, none otherwise;
        replies alone above the overall rate are spaced by their own bucket. The bucket is
        charged, so bulk sends give way. The chat's bulk bucket is charged too (`reply_sent`), so a broadcast does
        not send into a chat in the second after its reply (Telegram would refuse one of the
        two); the other way round, a reply into a chat that got a bulk message less than a
        second ago waits for the rest of that second, as Telegram would refuse it sooner.
        Returns the reply's place, to be handed to `reply_sent` once Telegram answered.
        """
        if chat_id is not None:
            # A notice went into this chat within the second: Telegram would refuse the reply
            # with a 429 and a retry_after of a whole second or more, so wait only what is left.
            gap = self._bulk_gap(chat_id)
            if gap > 0:
                await asyncio.sleep(gap)
        await self._replies.acquire()
        if self.rate <= 0:  # no limit of ours
            return None
        self._overall.charge()
        # Never more than the window, not even for replies: they wait only while it is full, at most
        # about one place's time while bulk messages fill it (they go first), up to a second after
        # this process first met others (their last second still counts).
        return await self._window.take(REPLY_CLAIM)

    def reply_sent(self, chat_id: int | None, place: Place | None = None) -> None:
        """After a reply left (answered or not): no bulk message into its chat for a second from now,
        and its place in the window comes back a second from now.

        Charged after the send rather than before it, so that the second is counted from when
        Telegram saw the reply, however long the request took."""
        if place is not None:
            place.answered()
        if chat_id is not None:
            self._chat(chat_id).charge()
