"""The one sender: drains the outbox (broadcast rows, notices, reminders) at Telegram's pace.

Claim a batch, send each row paced, record each outcome as soon as its send returns,
so a crash repeats at most the sends in flight. A broadcast row becomes a message
through the broadcast `render` given at construction; a notice through the renderer
registered for its kind in handlers/outbound.py (rendered at send time; None means no
longer relevant, recorded as skipped). The pace is the process's `services.pacer`
(aiolimiter, overall ÷ live processes and per chat); claims and outcomes go through
`services.outbox`; one process id, `services.process_id`. Telegram's answers:
  * 429 RetryAfter: the row waits `retry_after` (not an attempt), and this sender
    holds every other send until then (Telegram's flood wait is per bot);
  * 403 Forbidden, or "chat not found": the member is unreachable (marked), not a failure;
  * timeouts, network errors and 5xx: retried after 2, 4, 8 … s (capped), at most
    [broadcasts].max_retries attempts, then failed (a notice's first retry is at once,
    then 1, 3, 7 … s: a reminder that timed out goes again on the next tick);
  * any other 400: failed at once with Telegram's reason.
Tests call `drain()` directly (via handlers.jobs.run_due); a running bot drains in a
background task that the ticker starts, so the JobQueue tick is never blocked.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Awaitable, Callable

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application

from bot import texts
from bot.outbox import FAILED, PENDING, SENT, SKIPPED, UNREACHABLE, Job, Outcome
from bot.pacing import BULK_LANE, Pacer
from handlers.outbound import PollMessage, StopPoll, render_notice

log = logging.getLogger(__name__)

# Sends a job's message with the bot; returns the message id (raises Telegram's errors).
Render = Callable[[object, Job], Awaitable[int]]
AfterBatch = Callable[[Application, set[int], bool], Awaitable[None]]
_STATUS_REFRESH_SECONDS = 0.5
_RENDER_FAILED = object()  # tried again like a timeout, failed after max_retries


def _retry_after(exc: RetryAfter) -> float:
    """Seconds to wait; PTB 22 gives int or timedelta (and warns about the int)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class OutboxSender:
    def __init__(self, application: Application, render: Render, after_batch: AfterBatch | None = None) -> None:
        self.application = application
        self.render = render
        self.after_batch = after_batch
        services = application.bot_data["services"]
        self.services = services
        self.outbox = services.outbox
        self.pacer = services.pacer
        self.process_id = services.process_id
        cfg = services.settings.broadcasts
        self.batch_size = max(1, cfg.batch_size)
        self.max_backoff = cfg.max_backoff_seconds
        self.lease_seconds = cfg.lease_seconds
        self._rows_in_flight: set[int] = set()
        self._retry_later: set[int] = set()  # rows that failed in this drain: tried again in the next one
        self._rendered: dict[int, object] = {}
        self._drain_lock = asyncio.Lock()  # a claimed notice's (text, markup), or None: skipped
        self._stop = False
        self._task: asyncio.Task | None = None
        self._hold_until = None  # clock time before which nothing is sent (after a 429)
        self._live: set[int] = set()

    # --- running -------------------------------------------------------------------------------

    def request_stop(self) -> None:
        """Finish the sends in flight, give back the rest of the claimed batch, and return."""
        self._stop = True

    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start_background(self) -> None:
        """In a running bot: drain in a task of its own, one at a time per process."""
        if not self.running():
            self._task = self.application.create_task(self.drain(), name="outbox-drain")

    async def drain(self) -> int:
        """Send every row that is due now; return how many were sent.

        One drain at a time per sender: a second call (two tickers at once in tests, a
        notice kicked while a drain runs) waits for the first, then looks again.
        """
        async with self._drain_lock:
            return await self._drain()

    async def _drain(self) -> int:
        """Claims are pipelined: the next batch is claimed while the last half of the
        current one still waits for its turn, so the pacer never runs dry between batches."""
        self._stop = False
        self._retry_later = set()
        sent = 0
        touched: set[int] = set()
        in_flight: set[asyncio.Task] = set()
        settled = False
        watcher = asyncio.ensure_future(self._watch(touched))
        try:
            while True:
                if len(in_flight) <= self._batch() // 2 and self._may_claim():
                    self.pacer.share(await self.outbox.heartbeat(self.process_id))
                    jobs = await self.outbox.claim(self.process_id, self._batch(), skip=self._retry_later)
                    # A row of ours that outlived its lease comes back: its task still owns it.
                    jobs = [j for j in jobs if j.row_id not in self._rows_in_flight]
                    self._rows_in_flight |= {j.row_id for j in jobs}
                    if jobs:
                        if not settled:
                            await self.pacer.settle()
                            settled = True
                        touched |= {j.broadcast_id for j in jobs if j.broadcast_id is not None}
                        await self._render_notices(jobs)
                        await self._refresh_live(touched)
                        in_flight |= {asyncio.ensure_future(self._send(job)) for job in jobs}
                        if self.after_batch is not None:
                            await self.after_batch(self.application, touched, False)
                        continue
                if not in_flight:
                    break
                done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    if task.exception() is not None:  # its row stays claimed: retaken after the lease
                        log.error("outbox send failed", exc_info=task.exception())
                    elif task.result() == SENT:
                        sent += 1
        finally:
            watcher.cancel()
            # Wait until it has ended. Cancelled inside a query, its connection is closed by a task
            # of SQLAlchemy's; left to finish on its own, that close can be cut short when the
            # event loop ends (a test's end), and aiosqlite then waits for its stopped thread forever.
            # (asyncio.wait, unlike gather, does not cancel it a second time if this drain is cancelled.)
            await asyncio.wait([watcher])
            for task in in_flight:  # cancelled from outside (a crash in tests): stop the sends too
                task.cancel()
            if self.after_batch is not None and not in_flight:
                touched |= await self.outbox.unfinished_broadcasts()
                await self.after_batch(self.application, touched, True)
        return sent

    def _may_claim(self) -> bool:
        if self._stop or self._held():
            return False
        shutting_down = self._task is asyncio.current_task() and not self.application.running
        return not shutting_down

    def _batch(self) -> int:
        # About two seconds of sending at this process's share, within the configured size, and
        # short enough that no claimed row waits anywhere near its lease (it would be retaken).
        by_lease = int(self.pacer.rate * self.lease_seconds / 4)
        return max(1, min(self.batch_size, int(self.pacer.rate * 2) or 1, by_lease or 1))

    def _held(self) -> bool:
        return self._hold_until is not None and self.services.clock.now() < self._hold_until

    async def _refresh_live(self, broadcast_ids: set[int]) -> None:
        """Which of these broadcasts are still sending (暂停 / 取消 take effect mid-batch)."""
        self._live = await self.outbox.still_sending(broadcast_ids)

    async def _watch(self, touched: set[int]) -> None:
        """While a run lasts, re-read the broadcasts' status twice a second."""
        while True:
            await asyncio.sleep(_STATUS_REFRESH_SECONDS)
            try:
                await self._refresh_live(set(touched))
            except Exception:  # noqa: BLE001 - keep the last known status; the next read may work
                log.warning("could not re-read broadcast status", exc_info=True)

    async def _render_notices(self, jobs: list[Job]) -> None:
        """Render the batch's notices one after another before its sends start, so the sends
        leave in the order of the rows (two notices to one chat arrive in the order queued)."""
        for job in jobs:
            if job.is_notice:
                try:
                    self._rendered[job.row_id] = await render_notice(self.services, job.notice or "", job.payload or {})
                except Exception:  # noqa: BLE001 - one renderer's failure must not stop the other rows
                    log.exception("could not render notice row %s (%s)", job.row_id, job.notice)
                    self._rendered[job.row_id] = _RENDER_FAILED

    # --- one message ---------------------------------------------------------------------------

    async def _send(self, job: Job) -> str:
        try:
            return await self._send_paced(job)
        finally:
            self._rows_in_flight.discard(job.row_id)

    async def _send_paced(self, job: Job) -> str:
        def ready() -> bool:  # read at the job's turn: 暂停 / 取消 / a 429 hold / stop
            return not (self._stop or self._held() or (not job.is_notice and job.broadcast_id not in self._live))

        send = lambda: self.render(self.application.bot, job)  # noqa: E731
        sent_poll: dict[str, object] = {}
        if job.is_notice:
            rendered = self._rendered.pop(job.row_id, None)
            if rendered is _RENDER_FAILED:
                self._retry_later.add(job.row_id)
                await self.outbox.record(self.process_id, job, Outcome(
                    PENDING, error="render failed", retry_at=self.services.clock.now() + timedelta(seconds=2)))
                return PENDING
            if rendered is None:
                await self.outbox.record(self.process_id, job, Outcome(SKIPPED))
                return SKIPPED
            text, markup = rendered

            async def send() -> int:  # a long text comes as parts; the buttons go under the last
                if isinstance(text, PollMessage):  # its Telegram poll id goes to the kind's outcome hook
                    message = await self.application.bot.send_poll(
                        job.telegram_id, text.question, list(text.options), is_anonymous=text.anonymous,
                        allows_multiple_answers=text.multiple, reply_markup=markup)
                    sent_poll.update(tg_poll_id=message.poll.id, message_id=message.message_id)
                    return message.message_id
                if isinstance(text, StopPoll):
                    await self.application.bot.stop_poll(job.telegram_id, text.message_id)
                    return text.message_id
                parts = [text] if isinstance(text, str) else list(text)
                message_id = 0
                for i, part in enumerate(parts):
                    message_id = (await self.application.bot.send_message(
                        job.telegram_id, part, reply_markup=markup if i == len(parts) - 1 else None)).message_id
                return message_id

        outcome = await paced_send(self.pacer, job.telegram_id, send,
                                   now=self.services.clock.now, attempts=job.attempts,
                                   max_backoff=self.max_backoff, ready=ready)
        if outcome is not None and job.is_notice and outcome.state == SENT and sent_poll:
            outcome = replace(outcome, extra=dict(sent_poll))
        if outcome is not None and job.is_notice and outcome.state == PENDING and outcome.counts_attempt:
            wait = min(self.max_backoff, 2.0 ** (job.attempts - 1) - 1)
            outcome = replace(outcome, retry_at=self.services.clock.now() + timedelta(seconds=wait))
        if outcome is None:
            await self.outbox.release(self.process_id, [job], self._hold_until if self._held() else None)
            return PENDING
        if outcome.state == PENDING and not outcome.counts_attempt:
            self._hold_until = max(self._hold_until or outcome.retry_at, outcome.retry_at)
        if outcome.state == PENDING:
            self._retry_later.add(job.row_id)
        if outcome.state != SENT:
            log.info("outbox row %s (attempt %s): %s %s", job.row_id, job.attempts, outcome.state, outcome.error)
        await self.outbox.record(self.process_id, job, outcome)
        return outcome.state


async def paced_send(pacer: Pacer, chat_id: int, send: Callable[[], Awaitable[int]], *,
                     now: Callable[[], datetime], attempts: int = 1, max_backoff: float = 60.0,
                     ready: Callable[[], bool] = lambda: True) -> Outcome | None:
    """Send one message at the pacer's pace and say what became of it (never raises Telegram's errors).

    For every sender of many messages (broadcasts, reminders): waits for an overall slot and
    the chat's turn, checks `ready()` (None when it is no longer wanted), calls `send()`
    (which returns the message id) and classifies Telegram's answer; `attempts` counts this one.
    """
    async with pacer.slot(chat_id):
        # Nothing awaited between the slot and the send: the spacing the pacer made is the
        # spacing Telegram sees.
        if not ready():
            return None
        lane = BULK_LANE.set(True)  # the reply lane's limiter lets this send through: paced here
        try:
            message_id = await send()
        except RetryAfter as exc:
            wait = max(1.0, _retry_after(exc))
            return Outcome(PENDING, error=f"429 retry after {wait:g}s", retry_at=now() + timedelta(seconds=wait),
                           counts_attempt=False)
        except Forbidden as exc:
            return Outcome(UNREACHABLE, error=texts.BC_WHY_BLOCKED + f" ({exc.message})")
        except BadRequest as exc:
            if "chat not found" in exc.message.lower():
                return Outcome(UNREACHABLE, error=texts.BC_WHY_NOT_STARTED)
            return Outcome(FAILED, error=exc.message)
        except (NetworkError, TelegramError) as exc:  # timeouts, 5xx: retry with backoff
            wait = min(max_backoff, 2.0 ** attempts)
            return Outcome(PENDING, error=str(exc) or type(exc).__name__, retry_at=now() + timedelta(seconds=wait))
        finally:
            BULK_LANE.reset(lane)
    return Outcome(SENT, message_id=message_id)
