"""Sends claimed reminder rows to Telegram at the configured rate; the one place reminders leave.

`Pacer` holds the overall limit (an aiolimiter AsyncLimiter at
rate_limits.overall_per_second) and the per-chat spacing (per_chat_per_second).
One Pacer lives on the Application (`pacer_for`), so broadcasts can later share
it: reminders and broadcasts count against the same Telegram limit.

`dispatch_due` is the dispatcher: claim due rows in the database, send them,
record the outcome, and repeat until nothing is due. Rows are claimed before
they are sent, so two dispatchers (processes) never send the same row; the only
possible duplicate is a message in flight at the instant its process died
(re-claimed after bot.events.STALE_CLAIM).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from typing import Sequence

from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application

from bot.events import DueReminder
from handlers.event_cards import reminder_message

log = logging.getLogger(__name__)
BATCH = 50
MAX_RETRY_AFTER_WAITS = 2


class Pacer:
    """The overall rate (token bucket) and the per-chat spacing of outgoing messages."""

    def __init__(self, overall_per_second: float, per_chat_per_second: float) -> None:
        rate = max(overall_per_second, 0.1)
        # A bucket of one second's worth: bursts never exceed Telegram's per-second limit.
        self.overall = AsyncLimiter(rate, 1.0)
        self.chat_gap = 1.0 / per_chat_per_second if per_chat_per_second > 0 else 0.0
        self._next_in_chat: dict[int, float] = {}

    async def wait_turn(self, chat_id: int) -> None:
        if self.chat_gap:
            now = time.monotonic()
            ready = self._next_in_chat.get(chat_id, 0.0)
            self._next_in_chat[chat_id] = max(now, ready) + self.chat_gap
            if ready > now:
                await asyncio.sleep(ready - now)
        await self.overall.acquire()


class Unpaced(Pacer):
    """For an Application built without a rate limiter (tests, scripted chat): no waiting."""

    def __init__(self) -> None:
        super().__init__(1_000_000, 0)

    async def wait_turn(self, chat_id: int) -> None:
        return None


def pacer_for(application: Application) -> Pacer:
    """The Application's one pacer (create it on first use; a benchmark may install its own)."""
    pacer = application.bot_data.get("send_pacer")
    if pacer is None:
        limits = application.bot_data["services"].settings.rate_limits
        if application.bot.rate_limiter is None:
            pacer = Unpaced()
        else:
            pacer = Pacer(limits.overall_per_second, limits.per_chat_per_second)
        application.bot_data["send_pacer"] = pacer
    return pacer


def worker_name(application: Application) -> str:
    name = application.bot_data.get("worker_name")
    if name is None:
        name = application.bot_data["worker_name"] = f"{socket.gethostname()}:{os.getpid()}:{id(application):x}"
    return name


async def send_one(application: Application, pacer: Pacer, item: DueReminder) -> str:
    """Send one reminder; 'sent', 'failed' (will never work) or 'retry' (try again later)."""
    services = application.bot_data["services"]
    text, markup = reminder_message(item.kind, item.event, services.settings.timezone, services.clock.now())
    for _ in range(MAX_RETRY_AFTER_WAITS + 1):
        await pacer.wait_turn(item.telegram_id)
        try:
            await application.bot.send_message(item.telegram_id, text, reply_markup=markup)
            return "sent"
        except RetryAfter as exc:
            delay = exc.retry_after.total_seconds() if hasattr(exc.retry_after, "total_seconds") else exc.retry_after
            log.warning("429 for reminder %s: waiting %ss", item.id, delay)
            await asyncio.sleep(float(delay))
        except Forbidden:
            log.info("user %s blocked the bot; reminder %s dropped", item.telegram_id, item.id)
            await services.members.mark_unreachable(item.telegram_id)
            return "failed"
        except BadRequest as exc:
            log.warning("reminder %s to %s refused: %s", item.id, item.telegram_id, exc)
            return "failed"
        except (TimedOut, NetworkError, TelegramError) as exc:  # may or may not have arrived: tried again later
            log.warning("reminder %s: %s; will retry", item.id, exc)
            return "retry"
        except Exception:  # noqa: BLE001 - a bug here must not leave the row claimed for good
            log.exception("reminder %s could not be sent", item.id)
            return "failed"
    return "retry"


async def send_batch(application: Application, items: Sequence[DueReminder]) -> dict[str, list[int]]:
    pacer = pacer_for(application)
    outcomes = await asyncio.gather(*(send_one(application, pacer, item) for item in items))
    result: dict[str, list[int]] = {"sent": [], "failed": [], "retry": []}
    for item, outcome in zip(items, outcomes):
        result[outcome].append(item.id)
    return result


async def dispatch_due(application: Application) -> int:
    """Claim, send and record due reminders until none is due; returns how many were sent."""
    services = application.bot_data["services"]
    worker = worker_name(application)
    sent = 0
    while True:
        claim = await services.events.claim_due(worker, BATCH)
        if claim.skipped:
            log.info("%d reminders skipped (event begun or cancelled, on leave, unreachable)", claim.skipped)
        if not claim.reminders:
            if claim.skipped:
                continue
            return sent
        result = await send_batch(application, claim.reminders)
        await services.events.finish(sent=result["sent"], failed=result["failed"], retry=result["retry"])
        sent += len(result["sent"])
        if result["retry"] and not result["sent"]:
            return sent  # Telegram is unwell: the next tick tries again
