"""Sends claimed reminder rows to Telegram at the configured rate; the one place reminders leave.

The pace is the process's `services.pacer` (bot/pacing.py: aiolimiter buckets for
the overall rate, shared among live sender processes, and one message a second per
chat), the same one the broadcast sender uses: reminders and broadcasts count
against the same Telegram limit.

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
from typing import Sequence

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application

from bot.events import DueReminder
from bot.pacing import Pacer
from handlers.event_cards import reminder_message

log = logging.getLogger(__name__)
BATCH = 50
MAX_RETRY_AFTER_WAITS = 2


_UNPACED = Pacer(0, 0)  # an Application without a rate limiter (tests, scripted chat): no waiting


def pacer_for(application: Application) -> Pacer:
    """The process's one pacer (services.pacer), shared with the broadcast sender:
    reminders and broadcasts count against the same Telegram limit."""
    if application.bot.rate_limiter is None:
        return _UNPACED
    return application.bot_data["services"].pacer


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
        delay = None
        try:
            async with pacer.slot(item.telegram_id):
                await application.bot.send_message(item.telegram_id, text, reply_markup=markup)
            return "sent"
        except RetryAfter as exc:
            delay = exc.retry_after.total_seconds() if hasattr(exc.retry_after, "total_seconds") else exc.retry_after
            log.warning("429 for reminder %s: waiting %ss", item.id, delay)
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
        await asyncio.sleep(float(delay))  # outside the slot: a wait must not hold others' turn
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
